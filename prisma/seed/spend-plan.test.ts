import { describe, expect, it } from "vitest";
import { utc } from "./dates";
import { memberMonths, planSpendRows, spendMonths } from "./spend-plan";
import type { SpendContract } from "./types";

const asOf = utc(2026, 11, 27);

function contract(start: Date, end: Date, members: SpendContract["members"] = []): SpendContract {
  return {
    id: "c",
    deptIndex: 0,
    leadId: "lead",
    reference: "R",
    capabilityCode: null,
    start,
    end,
    currentPence: 100_000_000,
    valueMonths: 24,
    members,
  };
}

const member = (joinedOn: Date, leftOn: Date | null = null) => ({
  supplierId: "m",
  role: "data",
  pledgeBp: 1000,
  joinedOn,
  leftOn,
  deliveryFactor: 1,
});

describe("spendMonths", () => {
  it("clips to Dec 2023 - Nov 2026", () => {
    expect(spendMonths(contract(utc(2020, 1, 1), utc(2030, 1, 1)), asOf).count).toBe(36);
    expect(spendMonths(contract(utc(2019, 1, 1), utc(2023, 11, 30)), asOf).count).toBe(0);
  });

  it("starts paying the month after a start late in the month", () => {
    const late = spendMonths(contract(utc(2024, 1, 28), utc(2024, 6, 30)), asOf);
    const early = spendMonths(contract(utc(2024, 1, 2), utc(2024, 6, 30)), asOf);
    expect(late.count).toBe(5);
    expect(early.count).toBe(6);
  });
});

describe("memberMonths", () => {
  it("only counts months the member was present and the lead was paid", () => {
    const months = { first: spendMonths(contract(utc(2024, 1, 1), utc(2024, 12, 31)), asOf).first, count: 12 };
    const paid = [1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(memberMonths(member(utc(2024, 1, 1)), months, paid)).toHaveLength(11);
    expect(memberMonths(member(utc(2024, 1, 1), utc(2024, 3, 15)), months, paid)).toEqual([0, 2]);
    expect(memberMonths(member(utc(2024, 11, 5)), months, paid)).toEqual([10, 11]);
  });
});

describe("planSpendRows", () => {
  it("hands out exactly the rows asked for, about 80% direct", () => {
    const contracts = [
      contract(utc(2023, 1, 1), utc(2027, 1, 1), [member(utc(2023, 1, 1))]),
      contract(utc(2024, 6, 1), utc(2025, 6, 1)),
      contract(utc(2018, 1, 1), utc(2019, 1, 1)),
    ];
    const plan = planSpendRows(contracts, 1000, asOf);
    const direct = plan.direct.reduce((a, b) => a + b, 0);
    const indirect = plan.indirect.reduce((s, a) => s + a.reduce((x, y) => x + y, 0), 0);
    expect(direct).toBe(800);
    expect(indirect).toBe(200);
    expect(plan.direct[2]).toBe(0);
  });

  it("makes every row direct when no consortium member can be paid", () => {
    const plan = planSpendRows([contract(utc(2024, 1, 1), utc(2025, 1, 1))], 50, asOf);
    expect(plan.direct[0]).toBe(50);
  });
});
