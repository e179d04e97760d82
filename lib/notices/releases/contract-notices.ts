// UK7 contract details and UK11 contract termination notices, as OCDS releases with Find a Tender's fields.
import { Decimal } from "decimal.js";
import { maximumEndAtAward } from "@/lib/changes/change-rule";
import { MIN_KPIS } from "@/lib/contracts/kpi-rules";
import { KPI_NOTICE_THRESHOLD } from "@/lib/notices/obligations";
import { awardId, contractBase, contractId, day, gbp, noticeDocument, supplierRef } from "./common";
import type { NoticeContract, NoticeSubject } from "./source";

const CATEGORY = { GOODS: "goods", SERVICES: "services", WORKS: "works" } as const;
const METHOD = { OPEN: "open", SELECTIVE: "selective", LIMITED: "limited", DIRECT: "direct" } as const;

const over5m = (c: NoticeContract) => new Decimal(c.currentValue.toString()).greaterThan(KPI_NOTICE_THRESHOLD);

/** The KPIs as agreed metrics (metrics extension): each with its measure and target. */
export const agreedMetrics = (c: NoticeContract) =>
  c.kpis.map((k) => ({
    id: k.id,
    title: k.name,
    description: k.measure,
    observations: [{ id: `${k.id}-target`, measure: k.target }],
  }));

function award(c: NoticeContract) {
  const current = c.members.filter((m) => m.leftOn === null);
  return {
    id: awardId(c),
    title: c.title,
    status: "active",
    date: day(c.awardDate),
    value: gbp(c.awardValue),
    suppliers: [supplierRef(c.leadPartner)],
    contractPeriod: { startDate: day(c.startDate), endDate: day(c.awardedEndDate ?? c.endDate) },
    mainProcurementCategory: CATEGORY[c.category],
    hasSubcontracting: current.length > 0,
    ...(current.length
      ? {
          subcontracting: {
            subcontracts: current.map((m) => ({
              id: m.id,
              subcontractor: supplierRef(m.supplier),
              description: m.role,
              minimumPercentage: Number(m.pledgedSharePercent.toString()),
            })),
          },
        }
      : {}),
  };
}

/** The last day the contract could run with every extension option taken (OCDS period.maxExtentDate). */
function maxExtent(c: NoticeContract) {
  const max = c.extensionOptionsMonths ? maximumEndAtAward(c) : null;
  return max ? { maxExtentDate: day(max) } : {};
}

/** UK7 (s.53, reg 32): the contract entered into; over £5m, its KPIs (at least three) or why there are none. */
export function buildUk7(c: NoticeContract, subject: NoticeSubject) {
  const base = contractBase(c, subject.obligationKey, subject.draftedAt, ["award", "contract"]);
  // Drafting refuses a contract over £5m with fewer than three KPIs and no reason (lib/notices/duties.ts).
  const kpis = over5m(c)
    ? {
        ...(c.kpis.length ? { agreedMetrics: agreedMetrics(c) } : {}),
        ...(c.kpis.length < MIN_KPIS && c.kpiExemptionReason ? { noAgreedMetricsRationale: c.kpiExemptionReason } : {}),
      }
    : {};
  return {
    ...base,
    tender: {
      id: c.reference ?? `${base.ocid}-tender`,
      title: c.title,
      description: c.description ?? undefined,
      status: "complete",
      procurementMethod: c.procurementMethod ? METHOD[c.procurementMethod] : undefined,
      mainProcurementCategory: CATEGORY[c.category],
    },
    awards: [award(c)],
    contracts: [
      {
        id: contractId(c),
        awardID: awardId(c),
        title: c.title,
        status: "active",
        period: { startDate: day(c.startDate), endDate: day(c.awardedEndDate ?? c.endDate), ...maxExtent(c) },
        value: gbp(c.awardValue),
        dateSigned: day(c.awardDate),
        ...kpis,
        documents: [noticeDocument("UK7", "contractNotice", `Contract details notice: ${c.title}`, subject.draftedAt)],
      },
    ],
  };
}

const END_REASON = {
  TERMINATED: "terminated",
  EXPIRED: "expired",
  CANCELLED: "cancelled",
  ACTIVE: "expired",
  PLANNED: "cancelled",
} as const;

/** UK11 (s.80, reg 41): the contract has ended, when and why, with its final value. */
export function buildUk11(c: NoticeContract, subject: NoticeSubject, ended: Date) {
  const base = contractBase(c, subject.obligationKey, subject.draftedAt, ["contractTermination"]);
  const closing = c.changes.filter((x) => x.endsContract).at(-1);
  const reason = END_REASON[c.status];
  return {
    ...base,
    awards: [
      {
        id: awardId(c),
        title: c.title,
        status: "active",
        date: day(c.awardDate),
        value: gbp(c.awardValue),
        suppliers: [supplierRef(c.leadPartner)],
      },
    ],
    contracts: [
      {
        id: contractId(c),
        awardID: awardId(c),
        title: c.title,
        status: "terminated",
        period: { startDate: day(c.startDate), endDate: day(ended) },
        value: gbp(c.currentValue),
        dateSigned: day(c.awardDate),
        terminationRationaleClassification: {
          id: reason,
          description:
            closing?.rationale ??
            (reason === "expired" ? "The contract reached its end date." : `The contract was ${reason}.`),
        },
        implementation: {
          documents: [
            noticeDocument(
              "UK11",
              "contractTerminationNotice",
              `Contract termination notice: ${c.title}`,
              subject.draftedAt,
            ),
          ],
        },
      },
    ],
  };
}
