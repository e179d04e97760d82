import { createPrismaClient } from "@/lib/prisma-client";
import * as q from "@/lib/insight/sql-spend";
const db = createPrismaClient({ url: process.env.DATABASE_URL!, poolMax: 2 });
async function main() {
  const [dept] = await db.$queryRaw<{ id: string }[]>`SELECT "departmentId" id FROM "SpendTransaction" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  for (const departments of ["ALL", [dept!.id]] as const) {
    const s = { departments: departments as "ALL" | string[], filters: {} as any };
    for (const [name, sql] of Object.entries({ month: q.spendByMonthSql(s), lot: q.spendByLotSql(s), route: q.spendByRouteSql(s), top: q.topSuppliersSql(s, 10), sme: q.smeByYearSql(s), capc: q.concentrationSql(s, "capability"), depc: q.concentrationSql(s, "department"), pledged: q.pledgedVsDeliveredSql(s, 50) })) {
      const t = performance.now(); const rows = await db.$queryRaw<unknown[]>(sql); const t2 = performance.now(); await db.$queryRaw<unknown[]>(sql);
      console.log(Array.isArray(departments) ? "dept" : "all", name, rows.length, Math.round(t2 - t), Math.round(performance.now() - t2), JSON.stringify(rows[0], (_k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 200));
    }
  }
  await db.$disconnect();
}
main2();
import * as k from "@/lib/insight/sql-contracts";
import { lockInScore } from "@/lib/risk/lock-in";
async function main2() {
  const [dept] = await db.$queryRaw<{ id: string }[]>`SELECT "departmentId" id FROM "SpendTransaction" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  for (const departments of [[dept!.id], "ALL"] as const) {
    const s = { departments: departments as "ALL" | string[], filters: {} as any };
    for (const [name, sql] of Object.entries({ ren: k.renewalsSql(s, "2026-11-27", 50), kpi: k.kpiRatingsSql(s), over: k.overdueAssessmentsSql(s, "2026-11-27", 50) })) {
      const t = performance.now(); const rows = await db.$queryRaw<any[]>(sql); const t2 = performance.now();
      if (name === "lock") { for (const r of rows) lockInScore(r, { awardsToSupplierWithinYear: Number(r.awards), directAwardsToSupplierWithinYear: Number(r.directAwards), incumbencyYears: r.incumbencyYears, capabilityShare: r.capabilityShare, poorKpiAssessments: Number(r.poorKpiAssessments), recompetedSincePoorRating: r.recompeted }); }
      console.log(Array.isArray(departments) ? "dept" : "all", name, rows.length, Math.round(t2 - t), Math.round(performance.now() - t2), JSON.stringify(rows[0], (_k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 300));
    }
  }
  await db.$disconnect();
}
