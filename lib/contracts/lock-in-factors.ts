// The lock-in and competition factors recorded on the contract itself (the score across contracts,
// incumbency and concentration belong to the risk area). Each factor says why it applies.

export type LockInFactor = { key: string; label: string; applies: boolean; evidence: string };

type ContractFacts = {
  routeToMarket: string;
  procurementMethod: string;
  numberOfTenderers: number | null;
  directAwardJustification: string | null;
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
};

export function lockInFactors(c: ContractFacts): LockInFactor[] {
  const competitive = c.procurementMethod === "OPEN" || c.procurementMethod === "SELECTIVE";
  const direct = c.routeToMarket === "DIRECT_AWARD" || c.procurementMethod === "DIRECT" || c.procurementMethod === "LIMITED";
  return [
    {
      key: "direct-award",
      label: "Direct award",
      applies: direct,
      evidence: direct ? `Procurement method ${c.procurementMethod.toLowerCase()}${c.directAwardJustification ? `: ${c.directAwardJustification}` : ""}` : "Competed",
    },
    {
      key: "single-tender",
      label: "Single tender",
      applies: competitive && c.numberOfTenderers === 1,
      evidence: c.numberOfTenderers === null ? "Number of tenderers not recorded" : `${c.numberOfTenderers} tenderer${c.numberOfTenderers === 1 ? "" : "s"}`,
    },
    { key: "no-exit-plan", label: "No exit plan", applies: !c.hasExitPlan, evidence: c.hasExitPlan ? "Exit plan recorded" : "No exit plan recorded" },
    { key: "no-break-clause", label: "No break clause", applies: !c.hasBreakClause, evidence: c.hasBreakClause ? "Break clause recorded" : "No break clause recorded" },
    { key: "no-data-export", label: "No data export terms", applies: !c.hasDataExportTerms, evidence: c.hasDataExportTerms ? "End-of-contract data export terms recorded" : "No end-of-contract data export terms" },
    { key: "closed-standards", label: "Closed standards", applies: !c.usesOpenStandards, evidence: c.usesOpenStandards ? "Uses open standards" : "Open standards not recorded" },
  ];
}
