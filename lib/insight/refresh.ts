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

// The spend rows matching where, summed per payee and day (a supplier paid several times a day on a
// contract is one group), with the contract's dimensions and the payee's size as at that day: the latest
// declaration on or before it (none = not an SME). The size is looked up once per group, not per payment.
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
    LEFT JOIN LATERAL (
      SELECT sd."isSme", sd."verifiedAt" FROM "SizeDeclaration" sd
       WHERE sd."supplierId" = s."payeeSupplierId" AND sd."asOf" <= s."paidOn"
       ORDER BY sd."asOf" DESC LIMIT 1
    ) d ON true`;

/**
 * Sums the spend rows matching where into the monthly, per-contract-payee and monthly per-payee roll-ups.
 * The rows are read once, summed at the finest grain the four share (a payee's month on a contract, SME
 * or not: thousands of groups for a million payments), and each roll-up sums those groups, not the rows.
 */
async function rollUp(t: Prisma.TransactionClient, where: Prisma.Sql): Promise<void> {
  await t.$executeRaw`CREATE TEMP TABLE insight_spend ON COMMIT DROP AS
    SELECT "departmentId", "contractId", "payeeSupplierId", kind, date_trunc('month', "paidOn")::date AS month,
           "lotId", "capabilityId", "routeToMarket", "isSme", "smeUnverified", SUM(amount) AS amount, SUM(transactions)::int AS transactions
      FROM (${SPEND_DAYS_WITH_CONTEXT(where)}) s
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;
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
  await t.$executeRaw`DROP TABLE insight_spend`;
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
  await refreshScoresAndStatistics(client, ids, !ids || scope.bulk === true);
}

/**
 * What a save to one contract changed. Its terms (lot, capability, route, values, dates) can move
 * figures everywhere in its department; its KPIs feed only the KPI summary and the lock-in scores (poor
 * ratings); its partnership members feed only pledged vs delivered.
 */
export type ContractChange = "contract" | "kpis" | "partnership";

/** After a save to a contract: rebuilds what derives from the change (seconds less at scale than the department). */
export async function refreshAfterContractChange(
  client: Client,
  contract: { id: string; departmentId: string },
  change: ContractChange,
): Promise<void> {
  const departmentIds = [contract.departmentId];
  if (change === "contract") {
    // Most saves of the terms (values, dates, the lead partner) leave the contract's payments filed under the
    // same lot, capability and route: the spend roll-ups stand, and only what reads the terms is rebuilt.
    if (!(await rollUpsFileContractAsItIs(client, contract.id)))
      return refreshSpendAggregates(client, { departmentIds });
    await inTransaction(client, async (t) => {
      await lockRollUps(t);
      await refreshFromRollUps(t, departmentIds);
    });
    return refreshScoresAndStatistics(client, departmentIds, false);
  }
  await inTransaction(client, async (t) => {
    await lockRollUps(t);
    if (change === "kpis") await refreshKpiSummary(t, departmentIds);
    else await refreshPartnershipDelivery(t, departmentIds);
  });
  if (change === "kpis") await refreshLockInScores(client, departmentIds, { onlyContractId: contract.id });
}

/**
 * Whether the spend roll-ups hold the contract's payments under its lot, capability and route as they are now:
 * none of its per-contract rows was summed under other ones, and it has no payments left out of them.
 */
async function rollUpsFileContractAsItIs(client: Client, contractId: string): Promise<boolean> {
  const [row] = await client.$queryRaw<{ stale: boolean }[]>`
    SELECT EXISTS (
             SELECT 1 FROM "SpendContractPayee" p JOIN "Contract" c ON c.id = p."contractId"
              WHERE p."contractId" = ${contractId}
                AND (p."lotId" IS DISTINCT FROM c."lotId" OR p."capabilityId" IS DISTINCT FROM c."capabilityId"
                     OR p."routeToMarket" IS DISTINCT FROM c."routeToMarket")
           )
        OR (EXISTS (SELECT 1 FROM "SpendTransaction" s WHERE s."contractId" = ${contractId})
            AND NOT EXISTS (SELECT 1 FROM "SpendContractPayee" p WHERE p."contractId" = ${contractId})) AS stale`;
  return row?.stale === false;
}

/**
 * Adds one import's new spend rows to the roll-ups, inside the import's own transaction (every reader
 * sums the roll-ups, so a second row for the same month and supplier is fine; a full rebuild merges them).
 * Cheaper than rebuilding the department: only the file's rows are read.
 */
export async function addImportToSpendAggregates(t: Prisma.TransactionClient, importId: string): Promise<void> {
  await lockRollUps(t);
  await rollUp(t, Prisma.sql`s."importId" = ${importId}`);
}

/** After addImportToSpendAggregates has committed: what is derived from the roll-ups, for the departments given. */
export async function refreshDerivedInsight(client: Client, departmentIds: string[]): Promise<void> {
  if (departmentIds.length === 0) return;
  await inTransaction(client, async (t) => {
    await lockRollUps(t);
    await refreshFromRollUps(t, departmentIds);
  });
  await refreshScoresAndStatistics(client, departmentIds, true);
}

async function refreshFromRollUps(t: Prisma.TransactionClient, ids: string[] | undefined): Promise<void> {
  await refreshPartnershipDelivery(t, ids);
  await refreshConcentration(t, ids);
  await refreshKpiSummary(t, ids);
}

async function refreshScoresAndStatistics(
  client: Client,
  ids: string[] | undefined,
  statistics: boolean,
): Promise<void> {
  await refreshLockInScores(client, ids ?? "ALL");
  if (!statistics) return;
  // Fresh statistics so the planner knows the new row counts at once; outside a transaction also VACUUM,
  // which clears the rebuilt tables' dead rows and marks their pages all-visible, so counts such as the
  // lock-in distribution are answered from an index without reading the wide factors.
  const tables = Prisma.raw(
    `"SpendMonthly", "SpendMonthlyLot", "SpendContractPayee", "SpendPayeeMonthly", "SpendSupplierTotal", "ContractLockInScore", "PartnershipDelivery", "SpendConcentration", "ContractKpiSummary"`,
  );
  if ("$transaction" in client) await client.$executeRaw`VACUUM (ANALYZE) ${tables}`;
  else await client.$executeRaw`ANALYZE ${tables}`;
}
