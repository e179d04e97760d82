// UK1 pipeline notices (s.93): the department's expected spend for the financial year and each contract over
// £2m it expects to award in the next 18 months, as a lot with its value, term and expected award date.
import type { Decimal } from "decimal.js";
import { financialYearLabel } from "@/lib/notices/calendar";
import type { PipelineContract } from "@/lib/notices/pipeline";
import { departmentPartyId } from "@/lib/ocds/export";
import { day, gbp, noticeDocument, pipelineOcid, releaseId } from "./common";

export type PipelineSource = {
  department: { id: string; name: string; identifier: string | null };
  financialYear: number;
  expectedSpend: Decimal;
  contracts: PipelineContract[];
};

export function buildUk1(p: PipelineSource, obligationKey: string, draftedAt: Date) {
  const ocid = pipelineOcid(p.department.id, p.financialYear);
  const buyer = { id: departmentPartyId(p.department), name: p.department.name };
  const label = financialYearLabel(p.financialYear);
  return {
    ocid,
    id: releaseId(ocid, obligationKey),
    date: day(draftedAt),
    tag: ["planning"],
    initiationType: "tender",
    language: "en",
    parties: [
      {
        ...buyer,
        ...(p.department.identifier
          ? { identifier: { scheme: "GB-GOR", id: p.department.identifier, legalName: p.department.name } }
          : {}),
        roles: ["buyer"],
      },
    ],
    buyer,
    planning: {
      budget: {
        description: `Expected payments under the authority's contracts in ${label}`,
        amount: gbp(p.expectedSpend.toFixed(2)),
      },
      documents: [
        noticeDocument("UK1", "plannedProcurementNotice", `Pipeline notice ${label}: ${p.department.name}`, draftedAt),
      ],
    },
    tender: {
      id: `${ocid}-tender`,
      title: `Pipeline of contracts over £2m, ${label}`,
      status: "planning",
      lots: p.contracts.map((c) => ({
        id: c.id,
        title: c.title,
        status: "planning",
        value: gbp(c.currentValue),
        contractPeriod: { startDate: day(c.startDate), endDate: day(c.endDate) },
      })),
      milestones: p.contracts.map((c) => ({
        id: `${c.id}-award`,
        title: `Expected award: ${c.title}`,
        type: "approval",
        dueDate: day(c.awardDate),
        status: "scheduled",
        relatedLots: [c.id],
      })),
    },
  };
}
