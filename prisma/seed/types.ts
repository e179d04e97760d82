// The generator's working model: plans held in memory between phases (compact at scale).
import type { DepartmentRef } from "./ref-departments";
import type { FrameworkRef, LotRef } from "./ref-frameworks";

export type SizeClass = "MICRO" | "SMALL" | "MEDIUM" | "LARGE";
export type KpiRating = "GOOD" | "APPROACHING_TARGET" | "REQUIRES_IMPROVEMENT" | "INADEQUATE" | "OTHER";
export type Route = "FRAMEWORK_CALL_OFF" | "OPEN" | "RESTRICTED" | "COMPETITIVE_FLEXIBLE" | "DIRECT_AWARD";
export type Method = "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT";
export type ContractStatus = "PLANNED" | "ACTIVE" | "TERMINATED" | "EXPIRED" | "CANCELLED";
export type AmendmentKind = "EXTENSION" | "VALUE_CHANGE" | "SCOPE_CHANGE" | "MEMBER_ADDED" | "MEMBER_REMOVED" | "OTHER";

export type DeptPlan = DepartmentRef & { id: string; index: number };

export type LotPlan = { id: string; framework: FrameworkRef; ref: LotRef; start: Date; end: Date };

export type SupplierPlan = {
  id: string;
  legalName: string;
  named: boolean;
  leadWeight: number;
  sizeNow: SizeClass;
  isSmeNow: boolean;
  isVcse: boolean;
  seeksToLead: boolean;
  seeksToJoin: boolean;
  capabilities: string[];
};

/** A VERIFIED lot membership, kept to choose call-off lead partners. */
export type VerifiedMembership = { supplier: SupplierPlan; start: number; end: number };

export type AmendmentPlan = {
  kind: AmendmentKind;
  date: Date;
  rationale: string;
  valuePence: number;
  newEndDate: Date | null;
  /** For EXTENSION: the months of extension option used. */
  extensionMonths?: number;
  /** The record of the contract ending (a break-clause termination), not a modification. */
  endsContract?: boolean;
  /** For MEMBER_ADDED / MEMBER_REMOVED: the supplier. */
  supplierId?: string;
};

export type MemberPlan = {
  id: string;
  supplier: SupplierPlan;
  role: string;
  /** Pledged share of contract value in basis points (1250 = 12.50%). */
  pledgeBp: number;
  joinedOn: Date;
  leftOn: Date | null;
  /** Spend that actually reaches the member, as a fraction of its pledge (tokenism when near 0). */
  deliveryFactor: number;
};

export type KpiPlan = {
  name: string;
  measure: string;
  target: string;
  accountableSupplierId: string;
  assessments: { date: Date; rating: KpiRating; note: string | null }[];
};

export type SocialValuePlan = {
  theme: string;
  description: string;
  measure: string;
  /** Hundredths of the measure's unit (pence when the measure is money). */
  targetHundredths: number;
  accountableSupplierId: string;
  deliveries: { date: Date; hundredths: number; note: string | null }[];
};

export type ContractPlan = {
  id: string;
  reference: string;
  dept: DeptPlan;
  title: string;
  description: string | null;
  route: Route;
  method: Method;
  justification: string | null;
  lot: LotPlan | null;
  capabilityCode: string | null;
  lead: SupplierPlan;
  tenderers: number | null;
  awardPence: number;
  currentPence: number;
  awardDate: Date;
  startDate: Date;
  endDate: Date;
  /** The end date as awarded, before extensions (the writer uses endDate when unset). */
  awardedEndDate?: Date;
  extensionOptionsMonths: number;
  extensionsUsed: number;
  status: ContractStatus;
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
  kpiExemptionReason: string | null;
  members: MemberPlan[];
  amendments: AmendmentPlan[];
  kpis: KpiPlan[];
  socialValue: SocialValuePlan[];
};

/** What the spend phase keeps of a contract (compact: 100,000 of these in scale mode). */
export type SpendContract = {
  id: string;
  deptIndex: number;
  leadId: string;
  reference: string;
  capabilityCode: string | null;
  start: Date;
  end: Date;
  currentPence: number;
  /** Months the current value is expected to cover: the term plus extension options not yet used. */
  valueMonths: number;
  members: {
    supplierId: string;
    role: string;
    pledgeBp: number;
    joinedOn: Date;
    leftOn: Date | null;
    deliveryFactor: number;
  }[];
};
