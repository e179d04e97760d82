import { describe, expect, it } from "vitest";
import {
  callOffIneligibility,
  currentValueOf,
  pledgedSharesExceed,
  pledgedShareTotal,
  procurementMethodFor,
  type LotMembershipFact,
} from "@/lib/contracts/rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("procurementMethodFor", () => {
  it("maps each route to its OCDS procurement method", () => {
    expect(procurementMethodFor("OPEN", d("2024-01-01"))).toBe("OPEN");
    expect(procurementMethodFor("FRAMEWORK_CALL_OFF", d("2024-01-01"))).toBe("SELECTIVE");
    expect(procurementMethodFor("RESTRICTED", d("2024-01-01"))).toBe("SELECTIVE");
    expect(procurementMethodFor("COMPETITIVE_FLEXIBLE", d("2025-06-01"))).toBe("SELECTIVE");
  });
  it("publishes direct awards as limited before the Procurement Act and direct from 24 Feb 2025", () => {
    expect(procurementMethodFor("DIRECT_AWARD", d("2025-02-23"))).toBe("LIMITED");
    expect(procurementMethodFor("DIRECT_AWARD", d("2025-02-24"))).toBe("DIRECT");
  });
});

describe("callOffIneligibility", () => {
  const m = (over: Partial<LotMembershipFact>): LotMembershipFact => ({
    lotId: "lot-1",
    status: "VERIFIED",
    startDate: d("2024-01-01"),
    endDate: d("2025-12-31"),
    ...over,
  });
  it("accepts a verified membership covering the award date, inclusive of both ends", () => {
    expect(callOffIneligibility([m({})], "lot-1", d("2024-01-01"))).toBeNull();
    expect(callOffIneligibility([m({})], "lot-1", d("2025-12-31"))).toBeNull();
    expect(callOffIneligibility([m({ endDate: null })], "lot-1", d("2030-01-01"))).toBeNull();
  });
  it("counts the last day whatever the award's time of day", () => {
    expect(callOffIneligibility([m({})], "lot-1", new Date("2025-12-31T18:30:00Z"))).toBeNull();
  });
  it("refuses a supplier not on the lot", () => {
    expect(callOffIneligibility([m({ lotId: "lot-2" })], "lot-1", d("2024-06-01"))).toMatch(/not a member of this lot/);
  });
  it("refuses a claimed or rejected membership", () => {
    expect(
      callOffIneligibility([m({ status: "CLAIMED" }), m({ status: "REJECTED" })], "lot-1", d("2024-06-01")),
    ).toMatch(/not been verified/);
  });
  it("refuses a verified membership that does not cover the award date", () => {
    expect(callOffIneligibility([m({})], "lot-1", d("2023-12-31"))).toMatch(/does not cover the award date/);
    expect(callOffIneligibility([m({})], "lot-1", d("2026-01-01"))).toMatch(/does not cover the award date/);
  });
  it("accepts when any one of several memberships qualifies", () => {
    expect(
      callOffIneligibility(
        [m({ status: "CLAIMED", endDate: null }), m({ startDate: d("2026-01-01"), endDate: null })],
        "lot-1",
        d("2026-03-01"),
      ),
    ).toBeNull();
  });
});

describe("pledged shares", () => {
  it("allows exactly 100% and refuses anything above, exactly", () => {
    expect(pledgedShareTotal(["33.33", "33.33"], "33.34").toString()).toBe("100");
    expect(pledgedSharesExceed(["33.33", "33.33"], "33.34")).toBe(false);
    expect(pledgedSharesExceed(["33.33", "33.34"], "33.34")).toBe(true);
    expect(pledgedSharesExceed([], "100.01")).toBe(true);
  });
});

describe("currentValueOf", () => {
  it("is the award value plus every change, in exact decimals", () => {
    expect(currentValueOf("1000000.10", ["0.20", "-500.00", "250000"]).toFixed(2)).toBe("1249500.30");
    expect(currentValueOf("5.00", []).toFixed(2)).toBe("5.00");
  });
});
