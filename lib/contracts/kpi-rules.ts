// Procurement Act 2023 KPI duties (s.52 and contract performance notices), as plain functions.
import { Decimal } from "decimal.js";

type DecimalLike = { toString(): string };

/** Contracts above this value must have at least three KPIs (or a recorded reason why not). */
export const KPI_THRESHOLD = new Decimal(5_000_000);
export const MIN_KPIS = 3;

export const KPI_RATINGS = ["GOOD", "APPROACHING_TARGET", "REQUIRES_IMPROVEMENT", "INADEQUATE", "OTHER"] as const;
export type KpiRating = (typeof KPI_RATINGS)[number];

export const KPI_RATING_LABELS: Record<KpiRating, string> = {
  GOOD: "Good",
  APPROACHING_TARGET: "Approaching target",
  REQUIRES_IMPROVEMENT: "Requires improvement",
  INADEQUATE: "Inadequate",
  OTHER: "Other",
};

/** OCDS UK extension codes for the same ratings. */
export const KPI_RATING_OCDS: Record<KpiRating, string> = {
  GOOD: "met",
  APPROACHING_TARGET: "slightlyBelow",
  REQUIRES_IMPROVEMENT: "below",
  INADEQUATE: "significantlyBelow",
  OTHER: "other",
};

/** A score for charting a KPI's history: higher is better; Other has no place on the scale. */
export const KPI_RATING_SCORE: Record<KpiRating, number | null> = {
  GOOD: 4,
  APPROACHING_TARGET: 3,
  REQUIRES_IMPROVEMENT: 2,
  INADEQUATE: 1,
  OTHER: null,
};

export const isOverKpiThreshold = (value: DecimalLike) => new Decimal(value.toString()).greaterThan(KPI_THRESHOLD);

export type KpiRequirement = "not-required" | "met" | "exempt" | "missing";

/** Whether a contract meets the three-KPI duty: met, exempt (reason recorded), missing, or not required. */
export function kpiRequirement(contract: {
  value: DecimalLike;
  kpiCount: number;
  exemptionReason: string | null;
}): KpiRequirement {
  if (!isOverKpiThreshold(contract.value)) return "not-required";
  if (contract.kpiCount >= MIN_KPIS) return "met";
  if (contract.exemptionReason?.trim()) return "exempt";
  return "missing";
}

/** The same date a year earlier (29 Feb becomes 28 Feb), in UTC. */
export function yearBefore(date: Date): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  if (d.getUTCMonth() !== date.getUTCMonth()) d.setUTCDate(0);
  return d;
}

/**
 * A contract over £5m with KPIs must be assessed at least every 12 months: overdue when its latest
 * assessment is older than a year before asOf (or there is none), counting from award when it is new.
 */
export function kpiAssessmentOverdue(
  contract: { value: DecimalLike; kpiCount: number; awardDate: Date; lastAssessedOn: Date | null; status: string },
  asOf: Date,
): boolean {
  if (!isOverKpiThreshold(contract.value) || contract.kpiCount === 0) return false;
  if (contract.status !== "ACTIVE") return false;
  const since = contract.lastAssessedOn ?? contract.awardDate;
  return since < yearBefore(asOf);
}

export const KPI_REQUIREMENT_LABELS: Record<KpiRequirement, string> = {
  "not-required": "Not required (£5m or less)",
  met: "Met (3 or more KPIs)",
  exempt: "Reason recorded",
  missing: "Missing",
};
