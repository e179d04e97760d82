import { describe, expect, it } from "vitest";
import { changeKindsOf, driftFromAward } from "@/lib/changes/ledger";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("drift from the awarded contract", () => {
  it("measures the term in days counting both ends, and its change as a fraction of the awarded term", () => {
    const drift = driftFromAward({
      awardValue: "1000000.00",
      currentValue: "1150000.00",
      startDate: day("2025-01-01"),
      awardedEndDate: day("2025-12-31"), // 365 days
      endDate: day("2026-03-31"), // 455 days
      extensionOptionsMonths: 0,
    });
    expect(drift.value.change.toFixed(2)).toBe("150000.00");
    expect(drift.value.fraction?.toFixed(4)).toBe("0.1500");
    expect(drift.term).toMatchObject({ awardedDays: 365, currentDays: 455, changeDays: 90 });
    expect(drift.term?.fraction?.toFixed(4)).toBe("0.2466");
  });

  it("a term shortened is a negative change; no awarded end date recorded means no term drift", () => {
    const terms = {
      awardValue: "500.00",
      currentValue: "500.00",
      startDate: day("2024-04-01"),
      awardedEndDate: day("2025-03-31"),
      endDate: day("2024-09-30"),
      extensionOptionsMonths: 0,
    };
    expect(driftFromAward(terms).term).toMatchObject({ awardedDays: 365, currentDays: 183, changeDays: -182 });
    expect(driftFromAward({ ...terms, awardedEndDate: null }).term).toBeNull();
  });
});

describe("what a change changed", () => {
  const base = { kind: "OTHER" as const, valueChange: "0", newEndDate: null, endsContract: false };
  it.each([
    [{ ...base, kind: "EXTENSION" as const, newEndDate: day("2027-01-01") }, ["TERM"]],
    [{ ...base, kind: "VALUE_CHANGE" as const, valueChange: "-25.00" }, ["VALUE"]],
    [{ ...base, kind: "SCOPE_CHANGE" as const, valueChange: "1000.00" }, ["VALUE", "SCOPE"]],
    [{ ...base, kind: "MEMBER_ADDED" as const }, ["SUPPLIERS_ADDED"]],
    [{ ...base, kind: "MEMBER_REMOVED" as const }, ["SUPPLIERS_REMOVED"]],
    [base, ["OTHER"]],
    [{ ...base, endsContract: true, valueChange: "10.00" }, []],
  ])("%j is %j", (change, kinds) => {
    expect(changeKindsOf(change)).toEqual(kinds);
  });
});
