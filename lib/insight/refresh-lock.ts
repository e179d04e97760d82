// One writer of the stored insight tables at a time (a transaction-level advisory lock): two interleaved
// delete-and-insert rebuilds, or a rebuild beside an import adding its rows, would count spend twice, and
// two rescorings of the same contracts would collide on their keys.
import { Prisma, type PrismaClient } from "@prisma/client";

export type InsightClient = PrismaClient | Prisma.TransactionClient;

export const lockRollUps = (t: Prisma.TransactionClient) => t.$executeRaw`SELECT pg_advisory_xact_lock(7310222)`;

/** Runs work in a transaction of its own, or in the caller's when given one. */
export function inTransaction(
  client: InsightClient,
  work: (t: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  return "$transaction" in client ? client.$transaction(work, { timeout: 30 * 60 * 1000 }) : work(client);
}

/**
 * A contract-keyed stored table's rows (own: its "departmentId"/"contractId" columns) and the contracts they
 * are built from (c), for some departments (all when absent) or some contracts.
 */
export function contractRowsOf(
  departmentIds?: string[],
  contractIds?: string[],
): { own: Prisma.Sql; contracts: Prisma.Sql } {
  if (contractIds)
    return {
      own: Prisma.sql`"contractId" IN (${Prisma.join(contractIds.length ? contractIds : [""])})`,
      contracts: Prisma.sql`c.id IN (${Prisma.join(contractIds.length ? contractIds : [""])})`,
    };
  if (departmentIds)
    return {
      own: Prisma.sql`"departmentId" IN (${Prisma.join(departmentIds)})`,
      contracts: Prisma.sql`c."departmentId" IN (${Prisma.join(departmentIds)})`,
    };
  return { own: Prisma.sql`true`, contracts: Prisma.sql`true` };
}
