// What an OCDS export reads of a contract (lib/ocds/export-queries.ts loads it, lib/ocds/export.ts builds
// its release from it): the contract, its department, lead partner, lot, consortium, amendments and spend.
export type Money = { toString(): string };
export type Org = { id: string; legalName: string; companiesHouseNumber: string | null };

export type OcdsContractInput = {
  id: string;
  ocid: string | null;
  /** An imported contract's own OCDS contract and award ids: a process can hold several contracts. */
  ocdsContractId?: string | null;
  ocdsAwardId?: string | null;
  reference: string | null;
  title: string;
  description: string | null;
  routeToMarket: string;
  procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT" | null;
  directAwardJustification: string | null;
  numberOfTenderers: number | null;
  awardValue: Money;
  currentValue: Money;
  awardDate: Date;
  startDate: Date;
  endDate: Date;
  status: "PLANNED" | "ACTIVE" | "TERMINATED" | "EXPIRED" | "CANCELLED";
  updatedAt: Date;
  version: number;
  department: { id: string; name: string; identifier: string | null };
  leadPartner: Org;
  lot: { number: string; name: string; framework: { rmNumber: string; name: string } } | null;
  members: Array<{
    id: string;
    role: string;
    pledgedSharePercent: Money;
    joinedOn: Date;
    leftOn: Date | null;
    supplier: Org;
  }>;
  amendments: Array<{ id: string; date: Date; kind: string; rationale: string; valueChange: Money }>;
  spend: Array<{
    id: string;
    kind: "DIRECT" | "INDIRECT";
    paidOn: Date;
    amount: Money;
    payerSupplierId: string | null;
    payeeSupplierId: string;
  }>;
};
