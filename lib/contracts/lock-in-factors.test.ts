import { describe, expect, it } from "vitest";
import { lockInFactors } from "@/lib/contracts/lock-in-factors";

const open = { routeToMarket: "OPEN", procurementMethod: "OPEN", numberOfTenderers: 5, directAwardJustification: null, hasExitPlan: true, hasBreakClause: true, hasDataExportTerms: true, usesOpenStandards: true };
const applying = (facts: typeof open) => lockInFactors(facts).filter((f) => f.applies).map((f) => f.key);

describe("lockInFactors", () => {
  it("finds none on a competed contract with exit, break, export and open standards", () => {
    expect(applying(open)).toEqual([]);
  });
  it("flags a single bid only in a competitive procedure", () => {
    expect(applying({ ...open, numberOfTenderers: 1 })).toEqual(["single-tender"]);
    expect(applying({ ...open, routeToMarket: "DIRECT_AWARD", procurementMethod: "DIRECT", numberOfTenderers: 1 })).toEqual(["direct-award"]);
  });
  it("flags each missing exit and openness term, with its evidence", () => {
    const factors = lockInFactors({ ...open, hasExitPlan: false, hasDataExportTerms: false, procurementMethod: "LIMITED", directAwardJustification: "Urgency" });
    expect(factors.filter((f) => f.applies).map((f) => f.key)).toEqual(["direct-award", "no-exit-plan", "no-data-export"]);
    expect(factors[0]!.evidence).toBe("Procurement method limited: Urgency");
  });
});
