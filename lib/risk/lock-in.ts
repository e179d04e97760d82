// The lock-in risk score: a pure function over a contract and its context. No I/O: the context
// (award history, incumbency, concentration, KPI history) is computed by the caller in SQL.
// Every factor carries its weight, the evidence that triggered it and the guidance it comes from.
import { Decimal } from "decimal.js";
import { LOCK_IN_BANDS, LOCK_IN_FACTORS, LOCK_IN_THRESHOLDS as T, type LockInFactorKey } from "@/lib/risk/weights";

type Money = { toString(): string } | string;

export type LockInContract = {
  routeToMarket: "FRAMEWORK_CALL_OFF" | "OPEN" | "RESTRICTED" | "COMPETITIVE_FLEXIBLE" | "DIRECT_AWARD" | "NOT_STATED";
  procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT" | null;
  directAwardJustification: string | null;
  numberOfTenderers: number | null;
  awardValue: Money;
  currentValue: Money;
  startDate: Date;
  endDate: Date;
  extensionsUsed: number;
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
};

export type LockInContext = {
  /** Awards from this buyer to this supplier in the 365 days up to this contract's award, this one included. */
  awardsToSupplierWithinYear: number;
  /** Direct awards (method direct/limited) from this buyer to this supplier in those 365 days, this one included. */
  directAwardsToSupplierWithinYear: number;
  /** Whole years since this supplier first held this buyer's work in the capability, to this contract's end. */
  incumbencyYears: number;
  /** The supplier's share (0-1) of the department's spend in the contract's capability; null when unknown. */
  capabilityShare: Money | null;
  /** KPI assessments rated Requires improvement or Inadequate. */
  poorKpiAssessments: number;
  /** A later competitive contract from this buyer in the same capability, awarded after the poor rating. */
  recompetedSincePoorRating: boolean;
};

export type LockInFactor = { key: LockInFactorKey; label: string; weight: number; evidence: string; source: string };
export type LockInScore = { score: number; factors: LockInFactor[] };

const percent = (d: Decimal) => `${d.times(100).toDecimalPlaces(1).toString()}%`;

/** Whole months from start to end (a day short of a month does not count). */
export function termMonths(start: Date, end: Date): number {
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  if (end.getUTCDate() < start.getUTCDate()) months -= 1;
  return months;
}

/** Each factor's test: the evidence when it triggers, otherwise null. */
function evidenceFor(key: LockInFactorKey, c: LockInContract, ctx: LockInContext): string | null {
  switch (key) {
    case "NON_COMPETITIVE": {
      const method = c.procurementMethod === "DIRECT" || c.procurementMethod === "LIMITED";
      if (!method && !c.directAwardJustification && c.routeToMarket !== "DIRECT_AWARD") return null;
      return [
        `procurement method ${c.procurementMethod?.toLowerCase() ?? "not stated"}`,
        c.directAwardJustification ? `justification: “${c.directAwardJustification}”` : null,
      ]
        .filter(Boolean)
        .join("; ");
    }
    case "SINGLE_BID":
      return c.numberOfTenderers === 1 && (c.procurementMethod === "OPEN" || c.procurementMethod === "SELECTIVE")
        ? `1 tenderer in ${c.procurementMethod === "OPEN" ? "an open" : "a selective"} procedure`
        : null;
    case "REPEAT_AWARDS":
      return ctx.awardsToSupplierWithinYear >= T.repeatAwards
        ? `${ctx.awardsToSupplierWithinYear} awards to this supplier within a year`
        : null;
    case "REPEATED_DIRECT_AWARDS":
      return ctx.directAwardsToSupplierWithinYear >= T.repeatedDirectAwards
        ? `${ctx.directAwardsToSupplierWithinYear} direct awards to this supplier within a year`
        : null;
    case "VALUE_UPLIFT": {
      const award = new Decimal(c.awardValue.toString());
      if (award.lte(0)) return null;
      const uplift = new Decimal(c.currentValue.toString()).minus(award).div(award);
      return uplift.gt(T.valueUplift) ? `current value ${percent(uplift)} above award` : null;
    }
    case "EXTENSIONS":
      return c.extensionsUsed >= T.extensions ? `${c.extensionsUsed} extensions used` : null;
    case "LONG_TERM": {
      const months = termMonths(c.startDate, c.endDate);
      return months > T.maxTermMonths ? `term of ${months} months (norm ${T.maxTermMonths})` : null;
    }
    case "TCOP_RED_LINE":
      return new Decimal(c.currentValue.toString()).gt(T.redLinePounds)
        ? `current value £${new Decimal(c.currentValue.toString()).div(1e6).toDecimalPlaces(1)}m`
        : null;
    case "NO_EXIT_PLAN":
      return c.hasExitPlan ? null : "no exit plan recorded";
    case "NO_BREAK_CLAUSE":
      return c.hasBreakClause ? null : "no break clause recorded";
    case "NO_DATA_EXTRACTION":
      return c.hasDataExportTerms ? null : "no data export or extraction terms";
    case "CLOSED_STANDARDS":
      return c.usesOpenStandards ? null : "open standards not used";
    case "INCUMBENCY":
      return ctx.incumbencyYears >= T.incumbencyYears
        ? `supplier has held this work for ${ctx.incumbencyYears} years`
        : null;
    case "CONCENTRATION": {
      if (ctx.capabilityShare === null) return null;
      const share = new Decimal(ctx.capabilityShare.toString());
      return share.gte(T.concentrationShare) ? `${percent(share)} of the department's spend in this capability` : null;
    }
    case "POOR_KPI_NOT_RECOMPETED":
      return ctx.poorKpiAssessments > 0 && !ctx.recompetedSincePoorRating
        ? `${ctx.poorKpiAssessments} poor KPI rating${ctx.poorKpiAssessments === 1 ? "" : "s"}, no re-competition since`
        : null;
  }
}

/** Score 0-100: the sum of the weights of the triggered factors (the weights add up to 100). */
export function lockInScore(contract: LockInContract, context: LockInContext): LockInScore {
  const factors: LockInFactor[] = [];
  for (const def of LOCK_IN_FACTORS) {
    const evidence = evidenceFor(def.key, contract, context);
    if (evidence !== null)
      factors.push({ key: def.key, label: def.label, weight: def.weight, evidence, source: def.source });
  }
  factors.sort((a, b) => b.weight - a.weight);
  return {
    score: Math.min(
      100,
      factors.reduce((s, f) => s + f.weight, 0),
    ),
    factors,
  };
}

/** The band a score falls in, as the dashboards' distribution chart groups them. */
export function lockInBand(score: number): (typeof LOCK_IN_BANDS)[number] {
  return [...LOCK_IN_BANDS].reverse().find((b) => score >= b.min) ?? LOCK_IN_BANDS[0];
}
