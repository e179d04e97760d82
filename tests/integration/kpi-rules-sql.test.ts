// The KPI duties in SQL (lib/contracts/kpi-rules-sql.ts) give what the JS rules give (lib/contracts/kpi-rules.ts),
// case by case, run in PostgreSQL the way an export runs them (values inlined by inlineSql).
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { kpiAssessmentOverdue, kpiRequirement, yearBefore } from "@/lib/contracts/kpi-rules";
import { kpiAssessmentOverdueSql, kpiRequirementSql, type KpiFactsSql } from "@/lib/contracts/kpi-rules-sql";
import { isoDate } from "@/lib/dates/format";
import { db } from "@/lib/db";
import { inlineSql } from "@/lib/exports/sql";

type Case = {
  value: string;
  kpiCount: number;
  exemptionReason: string | null;
  status: string;
  awardDate: Date;
  lastAssessedOn: Date | null;
};

const FACTS: KpiFactsSql = {
  value: `t.value`,
  kpiCount: `t."kpiCount"`,
  exemptionReason: `t.reason`,
  status: `t.status`,
  awardDate: `t."awardDate"`,
  lastAssessedOn: `t."lastAssessedOn"`,
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const shift = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const date = (d: Date | null) => (d ? isoDate(d) : null);

async function judgedInSql(cases: Case[], asOf: Date) {
  const rows = Prisma.join(
    cases.map(
      (c, i) =>
        Prisma.sql`(${i}::int, ${c.value}::numeric(16,2), ${c.kpiCount}::int, ${c.exemptionReason}::text, ${c.status}::"ContractStatus", ${date(c.awardDate)}::date, ${date(c.lastAssessedOn)}::date)`,
    ),
  );
  const query = Prisma.sql`SELECT ${kpiRequirementSql(FACTS)} AS requirement, ${kpiAssessmentOverdueSql(FACTS, asOf)} AS overdue
    FROM (VALUES ${rows}) AS t(n, value, "kpiCount", reason, status, "awardDate", "lastAssessedOn") ORDER BY t.n`;
  return db.$queryRawUnsafe<Array<{ requirement: string; overdue: boolean }>>(inlineSql(query));
}

function judgedInJs(cases: Case[], asOf: Date) {
  return cases.map((c) => ({
    requirement: kpiRequirement({ value: c.value, kpiCount: c.kpiCount, exemptionReason: c.exemptionReason }),
    overdue: kpiAssessmentOverdue({ ...c }, asOf),
  }));
}

function grid(asOf: Date): Case[] {
  const edge = yearBefore(asOf);
  const cases: Case[] = [];
  for (const value of ["4999999.99", "5000000.00", "5000000.01", "12000000.00"])
    for (const kpiCount of [0, 1, 2, 3, 4])
      for (const exemptionReason of [null, "", "   ", "\u00a0\t\n\u3000\ufeff", "Commodity licences", " x "])
        for (const status of ["ACTIVE", "PLANNED", "EXPIRED"])
          for (const [awardDate, lastAssessedOn] of [
            [shift(edge, -400), null],
            [shift(edge, -1), null],
            [edge, null],
            [shift(edge, 30), null],
            [shift(edge, -400), shift(edge, -1)],
            [shift(edge, -400), edge],
            [shift(edge, -400), shift(edge, 1)],
          ] as const)
            cases.push({ value, kpiCount, exemptionReason, status, awardDate, lastAssessedOn });
  return cases;
}

describe("the KPI rules in SQL", () => {
  it.each(["2026-11-27", "2028-02-29", "2027-03-01", "2025-01-01"])(
    "agree with the JS rules on every case, judged at %s",
    async (asOfDay) => {
      const asOf = new Date(`${asOfDay}T13:45:00Z`);
      const cases = grid(asOf);
      const js = judgedInJs(cases, asOf);
      expect(await judgedInSql(cases, asOf)).toEqual(js);
      // The grid reaches every outcome, so agreement is not vacuous.
      expect(new Set(js.map((r) => r.requirement))).toEqual(new Set(["not-required", "met", "exempt", "missing"]));
      expect(new Set(js.map((r) => r.overdue))).toEqual(new Set([true, false]));
    },
  );

  it("counts a year back from 29 February to 28 February, as yearBefore does", async () => {
    const asOf = day("2028-02-29");
    const cases: Case[] = [day("2027-02-27"), day("2027-02-28")].map((lastAssessedOn) => ({
      value: "6000000.00",
      kpiCount: 3,
      exemptionReason: null,
      status: "ACTIVE",
      awardDate: day("2020-01-01"),
      lastAssessedOn,
    }));
    expect((await judgedInSql(cases, asOf)).map((r) => r.overdue)).toEqual([true, false]);
  });
});
