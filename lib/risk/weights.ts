// The lock-in risk weights, in ONE place. They add up to 100, so a contract's score is simply the
// sum of the weights of the factors it triggers. /insight/lock-in-method renders this table.
// Thresholds sit beside the weights so the method page and the function cannot disagree.

export type LockInFactorKey =
  | "NON_COMPETITIVE"
  | "SINGLE_BID"
  | "REPEAT_AWARDS"
  | "REPEATED_DIRECT_AWARDS"
  | "VALUE_UPLIFT"
  | "EXTENSIONS"
  | "LONG_TERM"
  | "TCOP_RED_LINE"
  | "NO_EXIT_PLAN"
  | "NO_BREAK_CLAUSE"
  | "NO_DATA_EXTRACTION"
  | "CLOSED_STANDARDS"
  | "INCUMBENCY"
  | "CONCENTRATION"
  | "POOR_KPI_NOT_RECOMPETED";

export type LockInFactorDefinition = {
  key: LockInFactorKey;
  weight: number;
  label: string;
  rule: string;
  source: string;
};

export const LOCK_IN_THRESHOLDS = {
  /** i077: this many awards or more from one buyer to one supplier within 365 days. */
  repeatAwards: 4,
  /** i180: this many direct awards or more from one buyer to one supplier within 365 days. */
  repeatedDirectAwards: 2,
  /** i184: current value more than this fraction above the award value. */
  valueUplift: 0.3,
  /** Extensions used: this many or more. */
  extensions: 2,
  /** Digital Outcomes norm: 2 years plus a 25% extension = 30 months. Longer terms trigger. */
  maxTermMonths: 30,
  /** Technology Code of Practice spend control red line: over £100m. */
  redLinePounds: "100000000",
  /** Years the same supplier has held this buyer's work in the capability: this many or more. */
  incumbencyYears: 4,
  /** The supplier's share of the department's spend in the capability: this fraction or more. */
  concentrationShare: 0.4,
} as const;

export const LOCK_IN_FACTORS: readonly LockInFactorDefinition[] = [
  {
    key: "NON_COMPETITIVE",
    weight: 12,
    label: "Non-competitive procurement",
    rule: "Procurement method direct or limited, or a direct-award justification recorded",
    source: "OCDS procurementMethod; Procurement Act 2023 direct award (UK5 transparency notice)",
  },
  {
    key: "SINGLE_BID",
    weight: 12,
    label: "Single bid",
    rule: "One tenderer in an open or selective procedure",
    source: "OCP red flag R018 / indicator i007",
  },
  {
    key: "REPEAT_AWARDS",
    weight: 8,
    label: "Repeat awards",
    rule: `${LOCK_IN_THRESHOLDS.repeatAwards} or more awards from this buyer to this supplier within a year`,
    source: "OCP red flag i077",
  },
  {
    key: "REPEATED_DIRECT_AWARDS",
    weight: 8,
    label: "Repeated direct awards",
    rule: `${LOCK_IN_THRESHOLDS.repeatedDirectAwards} or more direct awards from this buyer to this supplier within a year`,
    source: "OCP red flag i180",
  },
  {
    key: "VALUE_UPLIFT",
    weight: 10,
    label: "Value uplift",
    rule: "Current value more than 30% above the award value",
    source: "OCP red flag i184",
  },
  {
    key: "EXTENSIONS",
    weight: 4,
    label: "Extensions used",
    rule: `${LOCK_IN_THRESHOLDS.extensions} or more extensions used`,
    source: "Extensions as a lock-in signal (DOMAIN: extensions and value uplift)",
  },
  {
    key: "LONG_TERM",
    weight: 6,
    label: "Long term",
    rule: "Term from start to end longer than 30 months",
    source: "Digital Outcomes norm: 2 years + 25% extension",
  },
  {
    key: "TCOP_RED_LINE",
    weight: 6,
    label: "Over £100m",
    rule: "Current value over £100m",
    source: "Technology Code of Practice: £100m red line",
  },
  {
    key: "NO_EXIT_PLAN",
    weight: 4,
    label: "No exit plan",
    rule: "No exit plan recorded",
    source: "G-Cloud exit planning",
  },
  {
    key: "NO_BREAK_CLAUSE",
    weight: 3,
    label: "No break clause",
    rule: "No break clause recorded",
    source: "G-Cloud call-off terms (termination)",
  },
  {
    key: "NO_DATA_EXTRACTION",
    weight: 5,
    label: "No data extraction terms",
    rule: "No end-of-contract data extraction or export formats agreed",
    source: "G-Cloud endOfContractDataExtraction / dataExportFormats",
  },
  {
    key: "CLOSED_STANDARDS",
    weight: 6,
    label: "Closed standards",
    rule: "Open standards and open source not used",
    source: "Technology Code of Practice points 3 and 4",
  },
  {
    key: "INCUMBENCY",
    weight: 6,
    label: "Incumbency",
    rule: `The supplier has held this buyer's work in the capability for ${LOCK_IN_THRESHOLDS.incumbencyYears} years or more`,
    source: "Incumbency across successive contracts (DOMAIN)",
  },
  {
    key: "CONCENTRATION",
    weight: 6,
    label: "Concentration",
    rule: "The supplier receives 40% or more of the department's spend in the capability",
    source: "Market concentration: top-N share and HHI (DOMAIN)",
  },
  {
    key: "POOR_KPI_NOT_RECOMPETED",
    weight: 4,
    label: "Poor KPIs, not re-competed",
    rule: "A KPI rated Requires improvement or Inadequate, with no competitive re-procurement since",
    source: "Procurement Act 2023 KPI ratings (UK9 contract performance notice)",
  },
];

export const LOCK_IN_WEIGHTS: Record<LockInFactorKey, number> = Object.fromEntries(
  LOCK_IN_FACTORS.map((f) => [f.key, f.weight]),
) as Record<LockInFactorKey, number>;

/** Bands for the distribution chart; the lower bound is inclusive. */
export const LOCK_IN_BANDS = [
  { key: "low", label: "Low (0-24)", min: 0 },
  { key: "moderate", label: "Moderate (25-49)", min: 25 },
  { key: "high", label: "High (50-74)", min: 50 },
  { key: "severe", label: "Severe (75-100)", min: 75 },
] as const;
