// The renewal pipeline's SQL (lib/insight/sql-contracts.ts renewalsSql) against the pure rule of
// lib/insight/renewal.ts: which contracts are in the window, their start-by dates and lateness, the totals, and
// the order of the first few, with values on each lead-time band's bounds and limits smaller than the pipeline.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PIPELINE_MONTHS, addMonths, renewalStart } from "@/lib/insight/renewal";
import { type RenewalRow, renewalsSql } from "@/lib/insight/sql-contracts";
import { createContract, createDepartment, createSupplier } from "@/tests/factories";

const TODAY = "2026-12-07";
const today = new Date(`${TODAY}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);

// [value, end date]: each band's bounds (£1m, £10m, £100m and a penny over), ends from today to the window's edge,
// start-by dates either side of today.
const CONTRACTS: [string, string][] = [
  ["1000000.00", "2027-05-31"],
  ["1000000.01", "2027-05-31"],
  ["10000000.00", "2027-08-31"],
  ["10000000.01", "2028-02-29"],
  ["100000000.00", "2027-12-31"],
  ["100000000.01", "2028-06-06"],
  ["250000000.00", "2027-01-15"],
  ["500000.00", TODAY],
  ["500000.00", "2027-06-30"],
  ["7500000.00", "2027-06-30"],
  ["45000000.00", "2028-01-10"],
  ["45000000.00", "2028-01-10"],
  // Re-procurement due to start today (not late) and yesterday (late).
  ["1000000.00", "2027-06-07"],
  ["2000000.00", "2027-12-06"],
];

describe("renewal pipeline SQL", () => {
  it("lists and totals what the pure rule says: window, start-by dates, lateness and order, whatever the limit", async () => {
    const dept = await createDepartment();
    const lead = await createSupplier();
    const made = [];
    for (const [value, end] of CONTRACTS)
      made.push(
        await createContract(dept.id, lead.id, {
          currentValue: value,
          endDate: new Date(end),
          extensionsUsed: made.length % 3,
        }),
      );
    // Outside the pipeline: ended yesterday, ends on the window's first day after it, and not active.
    const windowEnd = addMonths(today, PIPELINE_MONTHS);
    await createContract(dept.id, lead.id, { endDate: new Date("2026-12-06") });
    await createContract(dept.id, lead.id, { endDate: windowEnd });
    await createContract(dept.id, lead.id, { endDate: new Date("2027-03-31"), status: "EXPIRED" });

    const expected = made
      .map((c) => ({ c, ...renewalStart(c.endDate, c.currentValue, today) }))
      .sort((a, b) => +a.startBy - +b.startBy || +a.c.endDate - +b.c.endDate || (a.c.id < b.c.id ? -1 : 1));
    const scope = { departments: [dept.id], filters: {} };

    for (const limit of [1, 2, 5, 50]) {
      const rows = await db.$queryRaw<RenewalRow[]>(renewalsSql(scope, TODAY, limit));
      expect(rows.map((r) => [r.id, day(r.startBy), r.late, r.leadMonths])).toEqual(
        expected.slice(0, limit).map((e) => [e.c.id, day(e.startBy), e.late, e.leadMonths]),
      );
      const totals = rows[0]!;
      expect(Number(totals.contracts)).toBe(CONTRACTS.length);
      expect(Number(totals.lateContracts)).toBe(expected.filter((e) => e.late).length);
      expect(totals.pipelineValue.toFixed(2)).toBe(
        made
          .reduce((sum, c) => sum.plus(c.currentValue), made[0]!.currentValue.minus(made[0]!.currentValue))
          .toFixed(2),
      );
      expect(Number(totals.extensionsTotal)).toBe(made.reduce((n, c) => n + c.extensionsUsed, 0));
    }
    // The bands' bounds, as leadTimeMonths reads them: at most the bound, a penny over is the next band.
    const months = (value: string) => expected.find((e) => e.c.currentValue.toFixed(2) === value)?.leadMonths;
    expect([months("1000000.00"), months("1000000.01"), months("10000000.00"), months("10000000.01")]).toEqual([
      6, 12, 12, 18,
    ]);
    expect([months("100000000.00"), months("100000000.01")]).toEqual([18, 24]);
  });

  it("counts a contract late as its own row says at a month's end, where months added and taken away differ", async () => {
    const dept = await createDepartment();
    const lead = await createSupplier();
    // 31 August 2026: ending 28 February 2027, re-procurement (6 months) should have started 28 August: late.
    const made = await createContract(dept.id, lead.id, { currentValue: "500000.00", endDate: new Date("2027-02-28") });
    const monthEnd = new Date("2026-08-31T00:00:00Z");
    expect(renewalStart(made.endDate, made.currentValue, monthEnd).late).toBe(true);
    const [row] = await db.$queryRaw<RenewalRow[]>(
      renewalsSql({ departments: [dept.id], filters: {} }, "2026-08-31", 50),
    );
    expect([row!.late, Number(row!.lateContracts)]).toEqual([true, 1]);
  });

  it("answers one row of zero totals and no contract when nothing is in the window", async () => {
    const dept = await createDepartment();
    const rows = await db.$queryRaw<RenewalRow[]>(renewalsSql({ departments: [dept.id], filters: {} }, TODAY, 50));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBeNull();
    expect([Number(rows[0]!.contracts), Number(rows[0]!.lateContracts), rows[0]!.pipelineValue.toString()]).toEqual([
      0,
      0,
      "0",
    ]);
  });
});
