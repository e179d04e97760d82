// Stored concentration: what liveConcentrationSql gives for each department, and for every department
// together ("*"), so the unfiltered dashboards read a handful of rows. Rebuilt by refreshSpendAggregates
// after the spend roll-ups it reads.
import { Prisma } from "@prisma/client";
import { type ConcentrationMarket, liveConcentrationSql } from "@/lib/insight/sql-spend";

const MARKETS: ConcentrationMarket[] = ["capability", "department"];

/** Replaces the stored rows of the departments given (all when absent) and of the all-department scope. */
export async function refreshConcentration(tx: Prisma.TransactionClient, departmentIds?: string[]): Promise<void> {
  const ids = departmentIds ?? (await tx.department.findMany({ select: { id: true } })).map((d) => d.id);
  const scopes: { scope: string; departments: "ALL" | string[] }[] = [...ids.map((id) => ({ scope: id, departments: [id] })), { scope: "*", departments: "ALL" }];
  for (const { scope, departments } of scopes) {
    await tx.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = ${scope}`;
    for (const market of MARKETS) {
      await tx.$executeRaw`
        INSERT INTO "SpendConcentration" (scope, market, "marketId", total, top5, hhi, suppliers)
        SELECT ${scope}, ${market}, x."marketId", x.total, x.top5, x.hhi, x.suppliers
          FROM (${liveConcentrationSql({ departments, filters: {} }, market)}) x`;
    }
  }
}
