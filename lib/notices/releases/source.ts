// What a notice is generated from: a contract as the register holds it, with its partnership, KPIs and ratings,
// change ledger and performance failures. Plain data: lib/notices/source-queries.ts reads it.
import type { RuleChange } from "@/lib/changes/change-rule";

type Money = { toString(): string };

export type NoticeSupplier = {
  id: string;
  legalName: string;
  companiesHouseNumber: string | null;
  isVcse: boolean;
  /** SME as at the award, from the size declaration in force then; null when none was declared. */
  smeAtAward: boolean | null;
};

export type NoticeContract = {
  id: string;
  ocid: string | null;
  reference: string | null;
  title: string;
  description: string | null;
  status: "PLANNED" | "ACTIVE" | "TERMINATED" | "EXPIRED" | "CANCELLED";
  category: "GOODS" | "SERVICES" | "WORKS";
  // Not stated when the source (an OCDS import) did not say: the notice then leaves it out.
  procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT" | null;
  awardValue: Money;
  currentValue: Money;
  awardDate: Date;
  startDate: Date;
  endDate: Date;
  awardedEndDate: Date | null;
  extensionOptionsMonths: number;
  kpiExemptionReason: string | null;
  department: { id: string; name: string; identifier: string | null };
  leadPartner: NoticeSupplier;
  members: Array<{
    id: string;
    role: string;
    pledgedSharePercent: Money;
    joinedOn: Date;
    leftOn: Date | null;
    supplier: NoticeSupplier;
  }>;
  kpis: Array<{
    id: string;
    name: string;
    measure: string;
    target: string;
    accountableSupplierId: string;
    assessments: Array<{
      id: string;
      assessedOn: Date;
      rating: "GOOD" | "APPROACHING_TARGET" | "REQUIRES_IMPROVEMENT" | "INADEQUATE" | "OTHER";
      note: string | null;
    }>;
  }>;
  /** The ledger; for suppliers added or removed, which supplier. */
  changes: Array<
    RuleChange & {
      rationale: string;
      supplierId: string | null;
      supplierName: string | null;
      supplierCompaniesHouseNumber: string | null;
    }
  >;
  failures: Array<{
    id: string;
    kind: "BREACH" | "FAILURE_TO_IMPROVE";
    foundOn: Date;
    description: string;
    supplierId: string;
  }>;
};

/** The notice being drafted: its type, the duty it answers, the change or finding it is about, and when. */
export type NoticeSubject = {
  type: "UK7" | "UK9" | "UK10" | "UK11";
  obligationKey: string;
  amendmentId?: string;
  performanceFailureId?: string;
  /** The closing record's reason, for UK11. */
  draftedAt: Date;
};
