import { describe, expect, it } from "vitest";
import { addMonths, isoDate, monthEnd, monthIndex, monthStart, utc } from "./dates";

describe("dates", () => {
  it("adds months, clamping to the month's end", () => {
    expect(isoDate(addMonths(utc(2024, 1, 31), 1))).toBe("2024-02-29");
    expect(isoDate(addMonths(utc(2023, 12, 1), 60))).toBe("2028-12-01");
    expect(isoDate(addMonths(utc(2024, 3, 15), -3))).toBe("2023-12-15");
  });

  it("indexes months", () => {
    const m = monthIndex(utc(2023, 12, 15));
    expect(monthIndex(utc(2024, 1, 1))).toBe(m + 1);
    expect(isoDate(monthStart(m))).toBe("2023-12-01");
    expect(isoDate(monthEnd(m + 2))).toBe("2024-02-29");
  });
});
