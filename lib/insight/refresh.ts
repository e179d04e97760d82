// The ONE way to keep the insight pre-aggregates current (spend roll-ups and what derives from them:
// concentration, pledged vs delivered, KPI summaries, lock-in scores). The seed and OCDS imports rebuild
// departments; spend imports add their rows; saves refresh what they changed (refreshInsightSoon, after
// the response), supplier size changes included: SME status is judged as at each payment date, from the
// size declaration in force then. No "server-only": the seed imports it.
import { Prisma } from "@prisma/client";
import { refreshLockInScores } from "@/lib/insight/refresh-lock-in";
import { refreshConcentration } from "@/lib/insight/refresh-concentration";
import { refreshKpiSummary } from "@/lib/insight/refresh-kpis";
import { refreshPartnershipDelivery } from "@/lib/insight/refresh-partnerships";
import { type InsightClient, inTransaction, lockRollUps } from "@/lib/insight/refresh-lock";
import { yearEndingOf } from "@/lib/insight/sql-scope";

type Client = InsightClient;

export type SpendAggregateScope = {
  /** Rebuild only these departments' rows; absent = every department. */
  departmentIds?: string[];
  /**
   * After a bulk change (an import): vacuum and analyse the insight tables at once. Always done for a
   * full rebuild; after one edit autovacuum is left to it (a vacuum of every table took ~1.5 s at scale).
   */
  bulk?: boolean;
};

// Each size declaration with the day the next one for its supplier takes over (null: still in force), so a
// payment finds the declaration in force on its day by one hash join, not an index search per payment (a
// third of a full rebuild's time at a million payments). Two on the same day: the later id holds.
const DECLARATIONS_IN_FORCE = Prisma.sql`(
  SELECT "supplierId", "asOf", LEAD("asOf") OVER (PARTITION BY "supplierId" ORDER BY "asOf", id) AS until, "isSme", "verifiedAt"
    FROM "SizeDeclaration")`;

// The payee's size as at the payment day (s."paidOn"): the latest declaration on or before it (none = not an SME).
const SIZE_AT_PAYMENT = Prisma.sql`LEFT JOIN ${DECLARATIONS_IN_FORCE} d
    ON d."supplierId" = s."payeeSupplierId" AND d."asOf" <= s."paidOn" AND (d.until IS NULL OR s."paidOn" < d.until)`;

// The spend rows matching where, summed per payee and day (a supplier paid several times a day on a
// contract is one group), with the contract's dimensions and the payee's size as at that day.
export const SPEND_DAYS_WITH_CONTEXT = (where: Prisma.Sql) => Prisma.sql`
  SELECT s."departmentId", s."contractId", s."payeeSupplierId", s.kind, s."paidOn", s.amount, s.transactions,
         c."lotId", c."capabilityId", c."routeToMarket",
         COALESCE(d."isSme", false) AS "isSme", COALESCE(d."isSme" AND d."verifiedAt" IS NULL, false) AS "smeUnverified"
    FROM (
      SELECT "departmentId", "contractId", "payeeSupplierId", kind, "paidOn", SUM(amount) AS amount, COUNT(*) AS transactions
        FROM "SpendTransaction" s WHERE ${where}
       GROUP BY 1, 2, 3, 4, 5
    ) s
    LEFT JOIN "Contract" c ON c.id = s."contractId"
    ${SIZE_AT_PAYMENT}`;

/** The spend rows matching where, summed per payee's month on a contract, SME or not: what every roll-up sums. */
export const spendGroupsSql = (where: Prisma.Sql) => Prisma.sql`
  SELECT s."departmentId", s."contractId", s."payeeSupplierId", s.kind, date_trunc('month', s."paidOn")::date AS month,
         c."lotId", c."capabilityId", c."routeToMarket",
         COALESCE(d."isSme", false) AS "isSme", COALESCE(d."isSme" AND d."verifiedAt" IS NULL, false) AS "smeUnverified",
         SUM(s.amount) AS amount, COUNT(*)::int AS transactions
    FROM "SpendTransaction" s LEFT JOIN "Contract" c ON c.id = s."contractId"
    ${SIZE_AT_PAYMENT}
   WHERE ${where}
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;

/**
 * Sums the spend rows matching where into the monthly, per-contract-payee and monthly per-payee roll-ups.
 * The rows are read once, summed at the finest grain the four share (a payee's month on a contract, SME
 * or not: thousands of groups for a million payments), and each roll-up sums those groups, not the rows.
 */
async function rollUp(t: Prisma.TransactionClient, where: Prisma.Sql): Promise<number[]> {
  // Room to sum a department's (or every) payment in memory rather than in batches on disk.
  await t.$executeRaw`SET LOCAL work_mem = '256MB'`;
  await t.$executeRaw`CREATE TEMP TABLE insight_spend ON COMMIT DROP AS ${spendGroupsSql(where)}`;
  await t.$executeRaw`ANALYZE insight_spend`;
  await t.$executeRaw`
    INSERT INTO "SpendMonthly" ("departmentId", month, kind, "lotId", "capabilityId", "routeToMarket", amount, "smeAmount", "unverifiedSmeAmount", transactions)
    SELECT "departmentId", month, kind, "lotId", "capabilityId", "routeToMarket",
           SUM(amount), COALESCE(SUM(amount) FILTER (WHERE "isSme"), 0), COALESCE(SUM(amount) FILTER (WHERE "smeUnverified"), 0), SUM(transactions)::int
      FROM insight_spend GROUP BY 1, 2, 3, 4, 5, 6`;
  await t.$executeRaw`
    INSERT INTO "SpendMonthlyLot" ("departmentId", month, kind, "lotId", "routeToMarket", amount, "smeAmount", "unverifiedSmeAmount", transactions)
    SELECT "departmentId", month, kind, "lotId", "routeToMarket",
           SUM(amount), COALESCE(SUM(amount) FILTER (WHERE "isSme"), 0), COALESCE(SUM(amount) FILTER (WHERE "smeUnverified"), 0), SUM(transactions)::int
      FROM insight_spend GROUP BY 1, 2, 3, 4, 5`;
  await t.$executeRaw`
    INSERT INTO "SpendContractPayee" ("departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket", amount, "smeAmount")
    SELECT "departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket",
           SUM(amount), COALESCE(SUM(amount) FILTER (WHERE "isSme"), 0)
      FROM insight_spend GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  await t.$executeRaw`
    INSERT INTO "SpendPayeeMonthly" ("departmentId", month, "payeeSupplierId", "lotId", "capabilityId", amount)
    SELECT "departmentId", month, "payeeSupplierId", "lotId", "capabilityId", SUM(amount)
      FROM insight_spend WHERE kind = 'DIRECT' GROUP BY 1, 2, 3, 4, 5`;
  const years = await t.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT ${yearEndingOf(Prisma.sql`month`)} AS year FROM insight_spend ORDER BY 1`;
  await t.$executeRaw`DROP TABLE insight_spend`;
  return years.map((y) => y.year);
}

/** Rebuild the monthly and per-contract-payee spend roll-ups for the scope, inside tx when given. */
export async function refreshSpendAggregates(tx?: Client, scope: SpendAggregateScope = {}): Promise<void> {
  // Without a client: the app's own (imported lazily, so scripts that pass one never load lib/db).
  const client: Client = tx ?? (await import("@/lib/db")).db;
  const ids = scope.departmentIds;
  if (ids && ids.length === 0) return;
  const where = ids ? Prisma.sql`s."departmentId" IN (${Prisma.join(ids)})` : Prisma.sql`true`;
  const own = ids ? Prisma.sql`"departmentId" IN (${Prisma.join(ids)})` : Prisma.sql`true`;
  // A full rebuild follows a bulk load (the seed): fresh statistics first, or the planner picks
  // hash joins that rescan whole tables per contract.
  if (!ids)
    await client.$executeRaw`ANALYZE "SpendTransaction", "Contract", "PartnershipMember", "SizeDeclaration", "Kpi", "KpiAssessment"`;
  await inTransaction(client, async (t) => {
    await lockRollUps(t);
    await t.$executeRaw`DELETE FROM "SpendMonthly" WHERE ${own}`;
    await t.$executeRaw`DELETE FROM "SpendMonthlyLot" WHERE ${own}`;
    await t.$executeRaw`DELETE FROM "SpendContractPayee" WHERE ${own}`;
    await t.$executeRaw`DELETE FROM "SpendPayeeMonthly" WHERE ${own}`;
    await rollUp(t, where);
    await refreshFromRollUps(t, ids);
  });
  await refreshScoresAndStatistics(client, ids, !ids || scope.bulk === true ? "vacuum" : "none");
}

/**
 * Adds one import's new spend rows to the roll-ups, inside the import's own transaction (every reader
 * sums the roll-ups, so a second row for the same month and supplier is fine; a full rebuild merges them).
 * Cheaper than rebuilding the department: only the file's rows are read. Returns the financial years
 * (by the year each ends in) the rows fall in.
 */
export async function addImportToSpendAggregates(t: Prisma.TransactionClient, importId: string): Promise<number[]> {
  await lockRollUps(t);
  return rollUp(t, Prisma.sql`s."importId" = ${importId}`);
}

/**
 * After addImportToSpendAggregates has committed: what is derived from the roll-ups, for the departments
 * given; the stored one-year answers only of the financial years given (absent: every year).
 */
export async function refreshDerivedInsight(client: Client, departmentIds: string[], years?: number[]): Promise<void> {
  if (departmentIds.length === 0) return;
  await inTransaction(client, async (t) => {
    await lockRollUps(t);
    await refreshFromRollUps(t, departmentIds, years);
  });
  await refreshScoresAndStatistics(client, departmentIds, "analyse");
}

async function refreshFromRollUps(t: Prisma.TransactionClient, ids: string[] | undefined, years?: number[]) {
  await refreshPartnershipDelivery(t, ids);
  await refreshConcentration(t, ids, years);
  await refreshKpiSummary(t, ids);
}

/** What a refresh does for the planner afterwards: nothing (one edit), ANALYZE, or VACUUM (ANALYZE). */
type Statistics = "none" | "analyse" | "vacuum";

async function refreshScoresAndStatistics(client: Client, ids: string[] | undefined, statistics: Statistics) {
  await refreshLockInScores(client, ids ?? "ALL");
  if (statistics === "none") return;
  // Fresh statistics so the planner knows the new row counts at once. After a rebuild, outside a transaction,
  // also VACUUM, which clears the rebuilt tables' dead rows and marks their pages all-visible, so counts such as
  // the lock-in distribution are answered from an index without reading the wide factors. An import's tail only
  // analyses (the vacuum was 4.7 s of a 1M-line import at 1M payments) and leaves the dead rows to autovacuum.
  const tables = Prisma.raw(
    `"SpendMonthly", "SpendMonthlyLot", "SpendContractPayee", "SpendPayeeMonthly", "SpendSupplierTotal", "ContractLockInScore", "PartnershipDelivery", "SpendConcentration", "ContractKpiSummary"`,
  );
  // "Contract" too after a rebuild: the renewal pipeline is answered from an index alone once its pages are all-visible.
  if (statistics === "vacuum" && "$transaction" in client)
    await client.$executeRaw`VACUUM (ANALYZE) ${tables}, "Contract"`;
  else await client.$executeRaw`ANALYZE ${tables}`;
}
