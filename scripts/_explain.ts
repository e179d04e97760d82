import { createPrismaClient } from "@/lib/prisma-client";
import * as C from "@/lib/insight/sql-contracts";
import * as S from "@/lib/insight/sql-spend";
import { Prisma } from "@prisma/client";
const db = createPrismaClient({ url: process.env.DATABASE_URL!, poolMax: 2 });
async function main() {
  const u = await db.user.findUniqueOrThrow({ where: { email: "lead.nhse@partnerscope.example" } });
  const s = { departments: [u.departmentId!], filters: {} };
  const which = process.argv[2];
  const sql = which === "over" ? C.overdueAssessmentsSql(s, "2026-11-27", 50) : which === "kpi" ? C.kpiRatingsSql(s) : which === "ren" ? C.renewalsSql(s, "2026-11-27", 50) : which === "dist" ? C.lockInDistributionSql(s) : which === "risk" ? C.riskiestContractsSql(s, 20) : S.pledgedVsDeliveredSql(s, 50);
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`);
  console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
  await db.$disconnect();
}
main();
