// Row shapes of contracts and what hangs off them (see tables.ts for the conventions).
import type { TableSpec } from "./bulk";

type Text = string | null;

export type ContractRow = {
  id: string;
  reference: string;
  departmentId: string;
  title: string;
  description: Text;
  routeToMarket: string;
  procurementMethod: string;
  directAwardJustification: Text;
  lotId: Text;
  capabilityId: Text;
  leadPartnerId: string;
  numberOfTenderers: number | null;
  awardValue: string;
  currentValue: string;
  awardDate: string;
  startDate: string;
  endDate: string;
  awardedEndDate: string;
  extensionOptionsMonths: number;
  extensionsUsed: number;
  status: string;
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
  kpiExemptionReason: Text;
};
export const CONTRACT: TableSpec<ContractRow> = {
  name: "Contract",
  columns: {
    id: "text",
    reference: "text",
    departmentId: "text",
    title: "text",
    description: "text",
    routeToMarket: '"RouteToMarket"',
    procurementMethod: '"ProcurementMethod"',
    directAwardJustification: "text",
    lotId: "text",
    capabilityId: "text",
    leadPartnerId: "text",
    numberOfTenderers: "integer",
    awardValue: "numeric",
    currentValue: "numeric",
    awardDate: "date",
    startDate: "date",
    endDate: "date",
    awardedEndDate: "date",
    extensionOptionsMonths: "integer",
    extensionsUsed: "integer",
    status: '"ContractStatus"',
    hasExitPlan: "boolean",
    hasBreakClause: "boolean",
    hasDataExportTerms: "boolean",
    usesOpenStandards: "boolean",
    kpiExemptionReason: "text",
  },
  stampedNow: ["updatedAt"],
};

export type AmendmentRow = {
  id: string;
  contractId: string;
  kind: string;
  date: string;
  rationale: string;
  valueChange: string;
  newEndDate: Text;
  legalGround: string;
  endsContract: boolean;
  supplierId: Text;
};
export const AMENDMENT: TableSpec<AmendmentRow> = {
  name: "Amendment",
  columns: {
    id: "text",
    contractId: "text",
    kind: '"AmendmentKind"',
    date: "date",
    rationale: "text",
    valueChange: "numeric",
    newEndDate: "date",
    legalGround: '"ChangeGround"',
    endsContract: "boolean",
    supplierId: "text",
  },
};

export type PartnershipMemberRow = {
  id: string;
  contractId: string;
  supplierId: string;
  role: string;
  pledgedSharePercent: string;
  joinedOn: string;
  leftOn: Text;
};
export const PARTNERSHIP_MEMBER: TableSpec<PartnershipMemberRow> = {
  name: "PartnershipMember",
  columns: {
    id: "text",
    contractId: "text",
    supplierId: "text",
    role: "text",
    pledgedSharePercent: "numeric",
    joinedOn: "date",
    leftOn: "date",
  },
};

export type KpiRow = {
  id: string;
  contractId: string;
  name: string;
  measure: string;
  target: string;
  accountableSupplierId: string;
};
export const KPI: TableSpec<KpiRow> = {
  name: "Kpi",
  columns: {
    id: "text",
    contractId: "text",
    name: "text",
    measure: "text",
    target: "text",
    accountableSupplierId: "text",
  },
};

export type KpiAssessmentRow = { id: string; kpiId: string; assessedOn: string; rating: string; note: Text };
export const KPI_ASSESSMENT: TableSpec<KpiAssessmentRow> = {
  name: "KpiAssessment",
  columns: { id: "text", kpiId: "text", assessedOn: "date", rating: '"KpiRating"', note: "text" },
};

export type SocialValueCommitmentRow = {
  id: string;
  contractId: string;
  theme: string;
  description: string;
  measure: string;
  target: string;
  accountableSupplierId: string;
};
export const SOCIAL_VALUE_COMMITMENT: TableSpec<SocialValueCommitmentRow> = {
  name: "SocialValueCommitment",
  columns: {
    id: "text",
    contractId: "text",
    theme: "text",
    description: "text",
    measure: "text",
    target: "numeric",
    accountableSupplierId: "text",
  },
};

export type SocialValueDeliveryRow = {
  id: string;
  commitmentId: string;
  deliveredOn: string;
  amount: string;
  note: Text;
};
export const SOCIAL_VALUE_DELIVERY: TableSpec<SocialValueDeliveryRow> = {
  name: "SocialValueDelivery",
  columns: { id: "text", commitmentId: "text", deliveredOn: "date", amount: "numeric", note: "text" },
};

export type SpendRow = {
  id: string;
  kind: "DIRECT" | "INDIRECT";
  departmentId: string;
  contractId: string;
  payerSupplierId: Text;
  payeeSupplierId: string;
  paidOn: string;
  amount: string;
  description: string;
  expenseType: string;
  expenseArea: string;
  transactionNumber: string;
  fingerprint: string;
};
export const SPEND: TableSpec<SpendRow> = {
  name: "SpendTransaction",
  columns: {
    id: "text",
    kind: '"SpendKind"',
    departmentId: "text",
    contractId: "text",
    payerSupplierId: "text",
    payeeSupplierId: "text",
    paidOn: "date",
    amount: "numeric",
    description: "text",
    expenseType: "text",
    expenseArea: "text",
    transactionNumber: "text",
    fingerprint: "text",
  },
};
