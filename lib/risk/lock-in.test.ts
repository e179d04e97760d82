import { describe, expect, it } from "vitest";
import { type LockInContext, type LockInContract, lockInBand, lockInScore, termMonths } from "@/lib/risk/lock-in";
import { LOCK_IN_FACTORS, LOCK_IN_WEIGHTS } from "@/lib/risk/weights";

// A contract that triggers nothing: competitive, several bids, no uplift, short, all protections.
const clean: LockInContract = {
  routeToMarket: "OPEN",
  procurementMethod: "OPEN",
  directAwardJustification: null,
  numberOfTenderers: 5,
  awardValue: "1000000.00",
  currentValue: "1000000.00",
  startDate: new Date("2024-01-01"),
  endDate: new Date("2025-12-31"),
  extensionsUsed: 0,
  hasExitPlan: true,
  hasBreakClause: true,
  hasDataExportTerms: true,
  usesOpenStandards: true,
};
const quiet: LockInContext = {
  awardsToSupplierWithinYear: 1,
  directAwardsToSupplierWithinYear: 0,
  incumbencyYears: 1,
  capabilityShare: "0.10",
  poorKpiAssessments: 0,
  recompetedSincePoorRating: false,
};

const keys = (c: Partial<LockInContract>, x: Partial<LockInContext> = {}) =>
  lockInScore({ ...clean, ...c }, { ...quiet, ...x }).factors.map((f) => f.key);

describe("lockInScore", () => {
  it("scores a clean contract 0 with no factors", () => {
    expect(lockInScore(clean, quiet)).toEqual({ score: 0, factors: [] });
  });

  it("weights add up to 100, so a contract triggering everything scores exactly 100", () => {
    expect(LOCK_IN_FACTORS.reduce((s, f) => s + f.weight, 0)).toBe(100);
    const worst = lockInScore(
      {
        ...clean,
        procurementMethod: "DIRECT",
        routeToMarket: "DIRECT_AWARD",
        directAwardJustification: "urgency",
        numberOfTenderers: 1,
        currentValue: "150000000.00",
        awardValue: "100000000.00",
        extensionsUsed: 3,
        endDate: new Date("2030-01-01"),
        hasExitPlan: false,
        hasBreakClause: false,
        hasDataExportTerms: false,
        usesOpenStandards: false,
      },
      {
        awardsToSupplierWithinYear: 4,
        directAwardsToSupplierWithinYear: 2,
        incumbencyYears: 9,
        capabilityShare: "0.8",
        poorKpiAssessments: 2,
        recompetedSincePoorRating: false,
      },
    );
    // Single bid needs an open or selective procedure, so a direct award cannot also be a single bid.
    expect(worst.score).toBe(100 - LOCK_IN_WEIGHTS.SINGLE_BID);
    expect(worst.factors).toHaveLength(LOCK_IN_FACTORS.length - 1);
  });

  it("lists factors heaviest first, each with weight, evidence and source", () => {
    const result = lockInScore({ ...clean, hasExitPlan: false, numberOfTenderers: 1 }, quiet);
    expect(result.score).toBe(12 + 4);
    expect(result.factors[0]).toEqual({
      key: "SINGLE_BID",
      label: "Single bid",
      weight: 12,
      evidence: "1 tenderer in an open procedure",
      source: "OCP red flag R018 / indicator i007",
    });
    expect(result.factors[1]?.key).toBe("NO_EXIT_PLAN");
  });

  it("non-competitive: direct or limited method, a justification, or a direct-award route", () => {
    expect(keys({ procurementMethod: "DIRECT" })).toEqual(["NON_COMPETITIVE"]);
    expect(keys({ procurementMethod: "LIMITED" })).toEqual(["NON_COMPETITIVE"]);
    expect(keys({ directAwardJustification: "extreme urgency" })).toEqual(["NON_COMPETITIVE"]);
    expect(
      lockInScore({ ...clean, directAwardJustification: "extreme urgency" }, quiet).factors[0]?.evidence,
    ).toContain("extreme urgency");
    expect(keys({ procurementMethod: "SELECTIVE" })).toEqual([]);
  });

  it("single bid: exactly 1 tenderer in open or selective; 2 or unknown does not trigger", () => {
    expect(keys({ numberOfTenderers: 1, procurementMethod: "SELECTIVE" })).toEqual(["SINGLE_BID"]);
    expect(keys({ numberOfTenderers: 2 })).toEqual([]);
    expect(keys({ numberOfTenderers: null })).toEqual([]);
    expect(keys({ numberOfTenderers: 1, procurementMethod: "LIMITED" })).toEqual(["NON_COMPETITIVE"]);
  });

  it("repeat awards (i077): 4 within a year triggers, 3 does not", () => {
    expect(keys({}, { awardsToSupplierWithinYear: 3 })).toEqual([]);
    expect(keys({}, { awardsToSupplierWithinYear: 4 })).toEqual(["REPEAT_AWARDS"]);
  });

  it("repeated direct awards (i180): 2 within a year triggers, 1 does not", () => {
    expect(keys({}, { directAwardsToSupplierWithinYear: 1 })).toEqual([]);
    expect(keys({}, { directAwardsToSupplierWithinYear: 2 })).toEqual(["REPEATED_DIRECT_AWARDS"]);
  });

  it("value uplift (i184): more than 30% above award; exactly 30% does not", () => {
    expect(keys({ currentValue: "1300000.00" })).toEqual([]);
    expect(keys({ currentValue: "1300000.01" })).toEqual(["VALUE_UPLIFT"]);
    expect(lockInScore({ ...clean, currentValue: "1500000.00" }, quiet).factors[0]?.evidence).toBe(
      "current value 50% above award",
    );
    expect(keys({ awardValue: "0.00", currentValue: "5.00" })).toEqual([]);
  });

  it("extensions: 2 used triggers, 1 does not", () => {
    expect(keys({ extensionsUsed: 1 })).toEqual([]);
    expect(keys({ extensionsUsed: 2 })).toEqual(["EXTENSIONS"]);
  });

  it("long term: over 30 months (Digital Outcomes 2 years + 25%); exactly 30 does not", () => {
    expect(termMonths(new Date("2024-01-01"), new Date("2026-07-01"))).toBe(30);
    expect(termMonths(new Date("2024-01-15"), new Date("2026-08-14"))).toBe(30);
    expect(keys({ endDate: new Date("2026-07-01") })).toEqual([]);
    expect(keys({ endDate: new Date("2026-08-01") })).toEqual(["LONG_TERM"]);
  });

  it("TCoP red line: over £100m; exactly £100m does not", () => {
    const v = (value: string) => keys({ awardValue: value, currentValue: value });
    expect(v("100000000.00")).toEqual([]);
    expect(v("100000000.01")).toEqual(["TCOP_RED_LINE"]);
  });

  it("exit plan, break clause, data extraction and open standards each count separately", () => {
    expect(keys({ hasExitPlan: false })).toEqual(["NO_EXIT_PLAN"]);
    expect(keys({ hasBreakClause: false })).toEqual(["NO_BREAK_CLAUSE"]);
    expect(keys({ hasDataExportTerms: false })).toEqual(["NO_DATA_EXTRACTION"]);
    expect(keys({ usesOpenStandards: false })).toEqual(["CLOSED_STANDARDS"]);
  });

  it("incumbency: 4 years triggers, 3 does not", () => {
    expect(keys({}, { incumbencyYears: 3 })).toEqual([]);
    expect(keys({}, { incumbencyYears: 4 })).toEqual(["INCUMBENCY"]);
  });

  it("concentration: 40% of the capability's spend triggers, 39.99% and unknown do not", () => {
    expect(keys({}, { capabilityShare: "0.3999" })).toEqual([]);
    expect(keys({}, { capabilityShare: "0.4" })).toEqual(["CONCENTRATION"]);
    expect(keys({}, { capabilityShare: null })).toEqual([]);
  });

  it("poor KPI ratings trigger only when not followed by re-competition", () => {
    expect(keys({}, { poorKpiAssessments: 1 })).toEqual(["POOR_KPI_NOT_RECOMPETED"]);
    expect(keys({}, { poorKpiAssessments: 1, recompetedSincePoorRating: true })).toEqual([]);
    expect(keys({}, { poorKpiAssessments: 0 })).toEqual([]);
  });
});

describe("lockInBand", () => {
  it("puts a score in the dashboards' bands, lower bounds inclusive", () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map((s) => lockInBand(s).key)).toEqual([
      "low",
      "low",
      "moderate",
      "moderate",
      "high",
      "high",
      "severe",
      "severe",
    ]);
  });
});
