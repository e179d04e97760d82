// A supplier's size declaration saved or verified: the dashboards' figures follow for that supplier alone, in
// the save's own transaction under the insight lock (decision 102). SME status is judged per payment day, so
// the save moves the SME part of the supplier's payments only: its per-contract rows are rewritten, and the
// monthly roll-ups (no supplier grain) get rows of the difference: amount 0, transactions 0, smeAmount and
// unverifiedSmeAmount by what this save moved. Readers sum rows per key, so those rows are figures like any.
// "Before" and "after" are judged in one statement from one snapshot: the declarations with and without
// this save's own change. No "server-only": the benchmark runs it.
import type { Prisma, PrismaClient } from "@prisma/client";
import { postgresRefusal } from "@/lib/actions/database-errors";
import { withAuditAtEnd } from "@/lib/audit/record";
import { type InsightClient, inTransaction, lockRollUps } from "@/lib/insight/refresh-lock";
import { refreshPartnershipDelivery } from "@/lib/insight/refresh-partnerships";
import {
  JUDGED_SPEND,
  MONTHLY_DIFFERENCE,
  MONTHLY_LOT_DIFFERENCE,
  PAYEE_ROWS_AS_JUDGED,
  PAYEE_ROWS_CHANGED,
  type SizeChange,
  changedMemberContracts,
} from "@/lib/insight/sql-size";

export type { SizeChange } from "@/lib/insight/sql-size";

type Tx = Prisma.TransactionClient;

/** What a save wrote: its result for the caller, and the change to the supplier's declarations. */
export type SizeWrite<T> = { value: T; change: SizeChange };

/**
 * How long a save waits for the insight lock (an import's roll-up, a rebuild or the nightly check may hold
 * it) before it saves without and leaves the figures to the department rebuild (refreshed: false).
 */
export const LOCK_WAIT = "2s";
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * Runs write (which inserts or verifies one declaration of supplierId, with its audit event) and refreshes
 * the figures in the same transaction. refreshed is false when they could not follow there: the caller
 * then queues the department rebuild (refreshInsightSoon({ payeeSupplierId })). null: write wrote nothing.
 */
export async function saveSizeChange<T>(
  prisma: PrismaClient,
  supplierId: string,
  write: (tx: Tx) => Promise<SizeWrite<T> | null>,
): Promise<{ value: T; refreshed: boolean } | null> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        // The supplier before the insight lock, in the order a merge takes them (no deadlock with one).
        await tx.$queryRaw`SELECT id FROM "Supplier" WHERE id = ${supplierId} FOR KEY SHARE`;
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
        await lockRollUps(tx);
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout TO DEFAULT`);
        // The audit event last: the chain's lock serialises every audited write until this commits.
        return withAuditAtEnd(tx, async () => {
          const written = await write(tx);
          if (!written) return null;
          if (written.change.supplierId !== supplierId) throw new Error("a size change of another supplier");
          return { value: written.value, refreshed: await applySizeChange(tx, written.change) };
        });
      },
      { timeout: 5 * 60_000 },
    );
  } catch (error) {
    if (postgresRefusal(error)?.code !== LOCK_NOT_AVAILABLE) throw error;
  }
  const written = await prisma.$transaction((tx) => write(tx));
  return written && { value: written.value, refreshed: false };
}

/**
 * Inside the save's transaction, after its write and under the insight lock: moves the stored figures by what
 * the change moved. False (nothing touched) unless the stored rows hold the supplier's payments exactly as
 * judged before the save, under its contracts' lot, capability and route as they are: a contract moved to
 * another lot awaiting its refresh, payments not yet rolled up, or a size change saved without this refresh
 * (its rebuild still queued) would make a difference of wrong rows. The department rebuild then follows.
 */
export async function applySizeChange(t: Tx, change: SizeChange): Promise<boolean> {
  await t.$executeRaw`CREATE TEMP TABLE size_spend ON COMMIT DROP AS ${JUDGED_SPEND(change)}`;
  const [held] = await t.$queryRaw<{ exactly: boolean }[]>`SELECT ${PAYEE_ROWS_AS_JUDGED(change)} AS exactly`;
  if (held?.exactly) {
    await t.$executeRaw(MONTHLY_DIFFERENCE);
    await t.$executeRaw(MONTHLY_LOT_DIFFERENCE);
    // The supplier's own rows are keyed by it: those whose SME part moved are written anew.
    await t.$executeRaw`
      DELETE FROM "SpendContractPayee" p USING (${PAYEE_ROWS_CHANGED}) c
       WHERE p."payeeSupplierId" = ${change.supplierId} AND p."departmentId" = c."departmentId"
         AND p."contractId" IS NOT DISTINCT FROM c."contractId" AND p.kind = c.kind AND p."lotId" IS NOT DISTINCT FROM c."lotId"
         AND p."capabilityId" IS NOT DISTINCT FROM c."capabilityId" AND p."routeToMarket" IS NOT DISTINCT FROM c."routeToMarket"`;
    await t.$executeRaw`
      INSERT INTO "SpendContractPayee" ("departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket", amount, "smeAmount")
      SELECT "departmentId", "contractId", ${change.supplierId}, kind, "lotId", "capabilityId", "routeToMarket", amount, sme
        FROM (${PAYEE_ROWS_CHANGED}) c`;
  }
  await t.$executeRaw`DROP TABLE size_spend`;
  if (!held?.exactly) return false;
  // Pledged vs delivered lists SME members as at each contract's award: the contracts where that moved.
  const contractIds = await changedMemberContracts(t, change);
  if (contractIds.length > 0) await refreshPartnershipDelivery(t, undefined, contractIds);
  return true;
}

/**
 * After a size change saved without applySizeChange (the rebuild of the departments that paid the supplier
 * covers their contracts): pledged vs delivered of every contract the supplier is a member of, wherever.
 */
export async function refreshMemberPartnerships(client: InsightClient, supplierId: string): Promise<void> {
  await inTransaction(client, async (t) => {
    await lockRollUps(t);
    const rows = await t.partnershipMember.findMany({
      where: { supplierId },
      distinct: ["contractId"],
      select: { contractId: true },
    });
    if (rows.length > 0)
      await refreshPartnershipDelivery(
        t,
        undefined,
        rows.map((r) => r.contractId),
      );
  });
}
