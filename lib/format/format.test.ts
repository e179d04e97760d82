import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { formatCount, formatMoney, formatMoneyCompact, formatPercent } from "@/lib/format";

describe("formatMoney", () => {
  it("formats pounds and pence with separators", () => {
    expect(formatMoney("1234567.89")).toBe("£1,234,567.89");
    expect(formatMoney(new Decimal("0.1").plus("0.2"))).toBe("£0.30");
  });

  it("keeps exactness beyond float precision", () => {
    // 2^53 + 1 pence cannot be represented as a float; the string path keeps every digit.
    expect(formatMoney("90071992547409.93")).toBe("£90,071,992,547,409.93");
  });

  it("formats negatives (credits) with a minus sign", () => {
    expect(formatMoney("-25000.5")).toBe("-£25,000.50");
  });

  it("rounds halves away from zero to whole pence", () => {
    expect(formatMoney("10.005")).toBe("£10.01");
  });
});

describe("other formats", () => {
  it("compacts large money", () => {
    expect(formatMoneyCompact("330000000")).toBe("£330m");
  });
  it("compacts with one decimal place", () => {
    expect(formatMoneyCompact("1250000")).toBe("£1.3m");
  });
  it("formats fractions as percentages", () => {
    expect(formatPercent("0.123")).toBe("12.3%");
  });
});

describe("counts", () => {
  it("groups thousands", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
  });
});
