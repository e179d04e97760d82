// Stored per-scope answers for the unfiltered dashboards, for each department and for every department
// together ("*"): concentration as liveConcentrationSql gives it, and direct spend per supplier (top
// suppliers). Rebuilt by refreshSpendAggregates after the spend roll-ups they read.
import { Prisma } from "@prisma/client";
import { type ConcentrationMarket, liveConcentrationSql } from "@/lib/insight/sql-spend";

const MARKETS: ConcentrationMarket[] = ["capability", "department"];

/** Replaces the stored rows of the departments given (all when absent) and of the all-department scope. */
export async function refreshConcentration(tx: Prisma.TransactionClient, departmentIds?: string[]): Promise<void> {
  const ids = departmentIds ?? (await tx.department.findMany({ select: { id: true } })).map((d) => d.id);
  const scopes: { scope: string; departments: "ALL" | string[] }[] = [
    ...ids.map((id) => ({ scope: id, departments: [id] })),
    { scope: "*", departments: "ALL" },
  ];
  for (const { scope, departments } of scopes) {
    await tx.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = ${scope}`;
    await tx.$executeRaw`DELETE FROM "SpendSupplierTotal" WHERE scope = ${scope}`;
    await tx.$executeRaw`
      INSERT INTO "SpendSupplierTotal" (scope, "payeeSupplierId", amount)
      SELECT ${scope}, "payeeSupplierId", SUM(amount) FROM "SpendContractPayee"
       WHERE kind = 'DIRECT' AND ${departments === "ALL" ? Prisma.sql`true` : Prisma.sql`"departmentId" IN (${Prisma.join(departments)})`}
       GROUP BY "payeeSupplierId"`;
    for (const market of MARKETS) {
      await tx.$executeRaw`
        INSERT INTO "SpendConcentration" (scope, market, "marketId", total, top5, hhi, suppliers)
        SELECT ${scope}, ${market}, x."marketId", x.total, x.top5, x.hhi, x.suppliers
          FROM (${liveConcentrationSql({ departments, filters: {} }, market)}) x`;
    }
  }
}

/**
 * After a contract moved capability: the capability markets of the capabilities given (each its top-level
 * capability), for the department and for every department together; the rest stands. A contract without a
 * capability is in the market of none, which no filter names: then the department's rows are all rebuilt.
 */
export async function refreshConcentrationMarkets(
  tx: Prisma.TransactionClient,
  departmentId: string,
  capabilityIds: (string | null)[],
): Promise<void> {
  const named = capabilityIds.filter((c): c is string => c !== null);
  if (named.length < capabilityIds.length) return refreshConcentration(tx, [departmentId]);
  const roots = await tx.$queryRaw<{ root: string }[]>`
    SELECT DISTINCT COALESCE("parentId", id) AS root FROM "Capability" WHERE id IN (${Prisma.join(named)})`;
  for (const scope of [departmentId, "*"]) {
    const departments = scope === "*" ? ("ALL" as const) : [departmentId];
    for (const { root } of roots) {
      await tx.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = ${scope} AND market = 'capability' AND "marketId" = ${root}`;
      await tx.$executeRaw`
        INSERT INTO "SpendConcentration" (scope, market, "marketId", total, top5, hhi, suppliers)
        SELECT ${scope}, 'capability', x."marketId", x.total, x.top5, x.hhi, x.suppliers
          FROM (${liveConcentrationSql({ departments, filters: { capability: root } }, "capability")}) x`;
    }
  }
}
