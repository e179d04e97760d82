import { describe, expect, it } from "vitest";
import { kpiAssessmentOverdue, kpiRequirement, yearBefore } from "@/lib/contracts/kpi-rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("kpiRequirement", () => {
  it("does not apply at or below £5m", () => {
    expect(kpiRequirement({ value: "5000000.00", kpiCount: 0, exemptionReason: null })).toBe("not-required");
  });
  it("over £5m needs three KPIs or a recorded reason", () => {
    expect(kpiRequirement({ value: "5000000.01", kpiCount: 3, exemptionReason: null })).toBe("met");
    expect(kpiRequirement({ value: "5000000.01", kpiCount: 2, exemptionReason: null })).toBe("missing");
    expect(kpiRequirement({ value: "5000000.01", kpiCount: 2, exemptionReason: "  " })).toBe("missing");
    expect(kpiRequirement({ value: "9000000", kpiCount: 0, exemptionReason: "Commodity licences only" })).toBe(
      "exempt",
    );
  });
});

describe("yearBefore", () => {
  it("steps back a calendar year, 29 February to 28 February", () => {
    expect(yearBefore(d("2026-11-27")).toISOString().slice(0, 10)).toBe("2025-11-27");
    expect(yearBefore(d("2028-02-29")).toISOString().slice(0, 10)).toBe("2027-02-28");
  });
});

describe("kpiAssessmentOverdue", () => {
  const base = {
    value: "6000000",
    kpiCount: 3,
    awardDate: d("2023-01-10"),
    lastAssessedOn: d("2025-11-27"),
    status: "ACTIVE",
  };
  const asOf = d("2026-11-27");
  it("is not overdue with an assessment exactly 12 months ago", () => {
    expect(kpiAssessmentOverdue(base, asOf)).toBe(false);
  });
  it("is overdue a day later, or with no assessment since an award over a year ago", () => {
    expect(kpiAssessmentOverdue({ ...base, lastAssessedOn: d("2025-11-26") }, asOf)).toBe(true);
    expect(kpiAssessmentOverdue({ ...base, lastAssessedOn: null }, asOf)).toBe(true);
  });
  it("gives a newly awarded contract its first year", () => {
    expect(kpiAssessmentOverdue({ ...base, awardDate: d("2026-06-01"), lastAssessedOn: null }, asOf)).toBe(false);
  });
  it("does not apply at or below £5m, without KPIs, or once the contract has ended", () => {
    expect(kpiAssessmentOverdue({ ...base, value: "5000000", lastAssessedOn: null }, asOf)).toBe(false);
    expect(kpiAssessmentOverdue({ ...base, kpiCount: 0, lastAssessedOn: null }, asOf)).toBe(false);
    expect(kpiAssessmentOverdue({ ...base, status: "EXPIRED", lastAssessedOn: null }, asOf)).toBe(false);
  });
});
