import { describe, expect, it } from "vitest";
import { allocate, basisPointsToPercent, penceToDecimal, spreadEvenly } from "./money";
import { Rng } from "./prng";

describe("penceToDecimal", () => {
  it("formats exact pounds and pence", () => {
    expect(penceToDecimal(1234567)).toBe("12345.67");
    expect(penceToDecimal(5)).toBe("0.05");
    expect(penceToDecimal(0)).toBe("0.00");
    expect(penceToDecimal(-150)).toBe("-1.50");
    expect(penceToDecimal(33_000_000_000)).toBe("330000000.00");
  });

  it("refuses fractions of a penny", () => {
    expect(() => penceToDecimal(1.5)).toThrow();
  });

  it("formats basis points as a percent", () => {
    expect(basisPointsToPercent(1250)).toBe("12.50");
  });
});

describe("allocate", () => {
  it("always sums to the total, in proportion", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [3, 1])).toEqual([8, 2]);
    expect(allocate(7, [0, 0])).toEqual([4, 3]);
    expect(allocate(5, [])).toEqual([]);
  });

  it("holds for random weights and totals", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 500; i++) {
      const weights = Array.from({ length: rng.int(1, 40) }, () => rng.float(0, 5));
      const total = rng.int(0, 10_000_000);
      const parts = allocate(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      for (const p of parts) expect(Number.isInteger(p) && p >= 0).toBe(true);
    }
  });

  it("rejects bad input", () => {
    expect(() => allocate(-1, [1])).toThrow();
    expect(() => allocate(1.5, [1])).toThrow();
    expect(() => allocate(1, [-1])).toThrow();
  });
});

describe("spreadEvenly", () => {
  it("spreads counts over slots", () => {
    expect(spreadEvenly(7, 3)).toEqual([2, 2, 3]);
    expect(spreadEvenly(2, 5)).toEqual([0, 0, 1, 0, 1]);
    expect(spreadEvenly(0, 2)).toEqual([0, 0]);
    expect(spreadEvenly(3, 0)).toEqual([]);
  });
});
