// Stored per-scope answers for the unfiltered dashboards, for each department and for every department
// together ("*"), over all time ("yearEnding" null) and per financial year: concentration as
// liveConcentrationSql gives it, and direct spend per supplier (top suppliers). Rebuilt by
// refreshSpendAggregates after the spend roll-ups they read.
import { Prisma } from "@prisma/client";
import type { InsightFilters } from "@/lib/insight/schema";
import { type ConcentrationMarket, liveConcentrationSql } from "@/lib/insight/sql-concentration";
import { type SqlScope, financialYear, payeeSpendByYear } from "@/lib/insight/sql-scope";

const MARKETS: ConcentrationMarket[] = ["capability", "department"];

type Departments = "ALL" | string[];
const departmentsOf = (scope: string): Departments => (scope === "*" ? "ALL" : [scope]);

/**
 * Replaces the stored rows of the departments given (all when absent) and what they add to the all-department
 * scope: all time, and the financial years given (every year when absent; an import names the years its
 * payments fall in, the other years' answers stand).
 */
export async function refreshConcentration(
  tx: Prisma.TransactionClient,
  departmentIds?: string[],
  years?: number[],
): Promise<void> {
  const ids = departmentIds ?? (await tx.department.findMany({ select: { id: true } })).map((d) => d.id);
  const stale = years
    ? Prisma.sql`("yearEnding" IS NULL OR "yearEnding" IN (${Prisma.join(years.length ? years : [0])}))`
    : Prisma.sql`true`;
  // One view per stored year range: every year at once, or each year named.
  const periods: InsightFilters[] = years ? years.map(financialYear) : [{}];
  for (const scope of ids) {
    await tx.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = ${scope} AND ${stale}`;
    await tx.$executeRaw`DELETE FROM "SpendSupplierTotal" WHERE scope = ${scope} AND ${stale}`;
    await tx.$executeRaw`
      INSERT INTO "SpendSupplierTotal" (scope, "yearEnding", "payeeSupplierId", amount)
      SELECT ${scope}, NULL, "payeeSupplierId", SUM(amount) FROM "SpendContractPayee"
       WHERE kind = 'DIRECT' AND "departmentId" = ${scope} GROUP BY "payeeSupplierId"`;
    for (const filters of periods)
      await tx.$executeRaw`
        INSERT INTO "SpendSupplierTotal" (scope, "yearEnding", "payeeSupplierId", amount)
        SELECT ${scope}, p."yearEnding", p."payeeSupplierId", SUM(p.amount) FROM ${payeeSpendByYear({ departments: [scope], filters })} p
         GROUP BY p."yearEnding", p."payeeSupplierId"`;
    for (const market of MARKETS)
      await storeConcentration(tx, scope, { departments: [scope], filters: {} }, market, periods);
  }
  await refreshAllDepartments(tx, ids, stale, periods);
}

/**
 * The all-department scope ("*") from the departments' own rows where it can be: a supplier's total is the sum
 * of its totals in each department, and a department's market is that department's own answer (copied for the
 * departments refreshed; the others' stand). Only the capability markets cross departments and are computed.
 */
async function refreshAllDepartments(
  tx: Prisma.TransactionClient,
  ids: string[],
  stale: Prisma.Sql,
  periods: InsightFilters[],
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "SpendSupplierTotal" WHERE scope = '*' AND ${stale}`;
  await tx.$executeRaw`
    INSERT INTO "SpendSupplierTotal" (scope, "yearEnding", "payeeSupplierId", amount)
    SELECT '*', "yearEnding", "payeeSupplierId", SUM(amount) FROM "SpendSupplierTotal"
     WHERE scope <> '*' AND ${stale} GROUP BY "yearEnding", "payeeSupplierId"`;
  if (ids.length > 0) {
    const refreshed = Prisma.join(ids);
    await tx.$executeRaw`
      DELETE FROM "SpendConcentration" WHERE scope = '*' AND market = 'department' AND "marketId" IN (${refreshed}) AND ${stale}`;
    await tx.$executeRaw`
      INSERT INTO "SpendConcentration" (scope, "yearEnding", market, "marketId", total, top5, hhi, suppliers)
      SELECT '*', "yearEnding", market, "marketId", total, top5, hhi, suppliers FROM "SpendConcentration"
       WHERE scope IN (${refreshed}) AND market = 'department' AND "marketId" = scope AND ${stale}`;
  }
  await tx.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = '*' AND market = 'capability' AND ${stale}`;
  await storeConcentration(tx, "*", { departments: "ALL", filters: {} }, "capability", periods);
}

/** Stores the view's concentration in the market under the scope: all time, and per financial year over each period. */
async function storeConcentration(
  tx: Prisma.TransactionClient,
  scope: string,
  view: SqlScope,
  market: ConcentrationMarket,
  periods: InsightFilters[] = [{}],
): Promise<void> {
  const views = [
    { view, perYear: false },
    ...periods.map((period) => ({ view: { ...view, filters: { ...view.filters, ...period } }, perYear: true })),
  ];
  for (const { view, perYear } of views) {
    await tx.$executeRaw`
      INSERT INTO "SpendConcentration" (scope, "yearEnding", market, "marketId", total, top5, hhi, suppliers)
      SELECT ${scope}, x."yearEnding", ${market}, x."marketId", x.total, x.top5, x.hhi, x.suppliers
        FROM (${liveConcentrationSql(view, market, perYear)}) x`;
  }
}

/**
 * After a contract moved capability: the capability markets of the capabilities given (each its top-level
 * capability), for the department and for every department together, all time and per year; the rest
 * stands. A contract without a capability is in the market of none, which no filter names: then the
 * department's rows are all rebuilt.
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
    for (const { root } of roots) {
      await tx.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = ${scope} AND market = 'capability' AND "marketId" = ${root}`;
      await storeConcentration(
        tx,
        scope,
        { departments: departmentsOf(scope), filters: { capability: root } },
        "capability",
      );
    }
  }
}
