// The data of a department's PDF report: plain values, computed by the same queries as the dashboards.
export type MoneyString = string;

export type DepartmentReport = {
  department: string;
  period: { from: string; to: string };
  generatedBy: string;
  generatedAt: Date;
  headline: {
    /** Direct spend: what the department paid its suppliers. */
    totalSpend: MoneyString;
    /** Indirect spend: the part of it lead partners passed to consortium members (not added to the total). */
    indirectSpend: MoneyString;
    /** Fractions 0..1 as decimal strings, or null when there is no spend to divide by. */
    directSmeShare: string | null;
    indirectSmeShare: string | null;
    totalSmeShare: string | null;
    directTarget: string | null;
    indirectTarget: string | null;
    /** Contracts running at some point in the period. */
    contractsInPeriod: number;
  };
  monthlySpend: Array<{ month: string; direct: MoneyString; indirect: MoneyString }>;
  riskiestContracts: Array<{ title: string; reference: string | null; score: number; factors: string[] }>;
  kpiRatings: Array<{ rating: string; count: number }>;
  overdueKpiContracts: Array<{ title: string; reference: string | null; lastAssessed: Date | null }>;
  /** The date overdue assessments are judged at: the period's last day, or today if that is earlier. */
  overdueAsOf: string;
};
