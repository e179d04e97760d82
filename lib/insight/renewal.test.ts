import { describe, expect, it } from "vitest";
import { addMonths, lateIfEndingBefore, leadTimeMonths, renewalStart } from "@/lib/insight/renewal";

describe("renewal lead times", () => {
  it("bands by value with inclusive upper bounds", () => {
    expect(leadTimeMonths("1000000.00")).toBe(6);
    expect(leadTimeMonths("1000000.01")).toBe(12);
    expect(leadTimeMonths("10000000.00")).toBe(12);
    expect(leadTimeMonths("100000000.00")).toBe(18);
    expect(leadTimeMonths("100000000.01")).toBe(24);
  });

  it("adds months clamping to the month's last day", () => {
    expect(addMonths(new Date("2027-03-31"), -1).toISOString().slice(0, 10)).toBe("2027-02-28");
  });

  it("flags late when the start-by date is before today", () => {
    const today = new Date("2026-11-27");
    expect(renewalStart(new Date("2027-06-30"), "5000000", today)).toEqual({
      startBy: new Date("2026-06-30"),
      late: true,
      leadMonths: 12,
    });
    expect(renewalStart(new Date("2027-06-30"), "500000", today).late).toBe(false);
  });

  it("late exactly when ending before lateIfEndingBefore, every day of a year and every lead time", () => {
    for (let day = 0; day < 366; day++) {
      const today = new Date(Date.UTC(2026, 0, 1 + day));
      for (const months of [6, 12, 18, 24]) {
        const before = lateIfEndingBefore(today, months);
        const dayBefore = new Date(before.getTime() - 86_400_000);
        expect(addMonths(before, -months) >= today).toBe(true);
        expect(addMonths(dayBefore, -months) < today).toBe(true);
      }
    }
    expect(isoDay(lateIfEndingBefore(new Date("2026-08-31"), 6))).toBe("2027-03-01");
    expect(isoDay(lateIfEndingBefore(new Date("2026-12-07"), 6))).toBe("2027-06-07");
  });
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
