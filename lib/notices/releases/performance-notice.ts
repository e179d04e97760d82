// UK9 contract performance notices (s.71, reg 39): each KPI's latest rating (the UK extension's
// measureClassification: met / slightlyBelow / below / significantlyBelow / other), and the breach or failure
// to improve when that is what the notice is for.
import { KPI_RATING_LABELS, KPI_RATING_OCDS } from "@/lib/contracts/kpi-rules";
import { awardId, contractBase, contractId, day, noticeDocument, supplierRef } from "./common";
import type { NoticeContract, NoticeSubject } from "./source";

export function buildUk9(c: NoticeContract, subject: NoticeSubject) {
  const base = contractBase(c, subject.obligationKey, subject.draftedAt, ["implementation"]);
  const metrics = c.kpis.map((k) => {
    const latest = k.assessments
      .filter((a) => a.assessedOn <= subject.draftedAt)
      .sort((a, b) => b.assessedOn.getTime() - a.assessedOn.getTime())[0];
    return {
      id: k.id,
      title: k.name,
      description: k.measure,
      observations: latest
        ? [
            {
              id: latest.id,
              period: { endDate: day(latest.assessedOn) },
              measure: k.target,
              notes: latest.note ?? undefined,
              measureClassification: {
                id: KPI_RATING_OCDS[latest.rating],
                description: KPI_RATING_LABELS[latest.rating],
              },
            },
          ]
        : [],
    };
  });
  const failure = c.failures.find((f) => f.id === subject.performanceFailureId);
  const supplier = failure
    ? [c.leadPartner, ...c.members.map((m) => m.supplier)].find((s) => s.id === failure.supplierId)
    : undefined;
  return {
    ...base,
    contracts: [
      {
        id: contractId(c),
        awardID: awardId(c),
        title: c.title,
        status: c.status === "ACTIVE" ? "active" : "terminated",
        implementation: {
          metrics,
          ...(failure
            ? {
                performanceFailures: [
                  {
                    id: failure.id,
                    description: failure.description,
                    ...(failure.kind === "FAILURE_TO_IMPROVE"
                      ? { decisionDate: day(failure.foundOn) }
                      : { penaltyDate: day(failure.foundOn) }),
                    suppliers: supplier ? [supplierRef(supplier)] : [],
                  },
                ],
              }
            : {}),
          documents: [
            noticeDocument("UK9", "implementationNotice", `Contract performance notice: ${c.title}`, subject.draftedAt),
          ],
        },
      },
    ],
  };
}
