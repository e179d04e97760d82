import "server-only";
import type { Prisma } from "@prisma/client";
import { requireUser, type Caller } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { db } from "@/lib/db";

/**
 * Spend to date on a contract, summed in SQL: direct (department to supplier) and indirect (lead
 * partner to each member, from supply-chain returns), within the caller's scope.
 */
export async function getContractSpend(contractId: string) {
  const caller = await requireUser();
  const where = { contractId, contract: { AND: [{ id: contractId }, contractScope(caller)] } };
  // What a lead partner pays each member is between them and the buyer: a member sees only its own.
  const own = caller.supplierId ?? "";
  const ownPaymentsOnly: Prisma.SpendTransactionWhereInput =
    caller.role === "SUPPLIER_USER" ? { OR: [{ payerSupplierId: own }, { payeeSupplierId: own }] } : {};
  const [direct, indirect] = await Promise.all([
    db.spendTransaction.aggregate({
      where: { ...where, kind: "DIRECT" },
      _sum: { amount: true },
      _count: true,
      _max: { paidOn: true },
    }),
    db.spendTransaction.groupBy({
      by: ["payeeSupplierId"],
      where: { ...where, kind: "INDIRECT", ...ownPaymentsOnly },
      _sum: { amount: true },
    }),
  ]);
  return {
    direct: direct._sum.amount,
    directPayments: direct._count,
    lastPaidOn: direct._max.paidOn,
    indirectByPayee: new Map(indirect.map((r) => [r.payeeSupplierId, r._sum.amount])),
  };
}

/** A contract's audit history is for the buyer side: suppliers see the contract, not who in the department changed what. */
const readsContractHistory = (caller: Caller) => caller.role !== "SUPPLIER_USER";

/** The contract's audit history, newest first; null for suppliers (and for a contract out of scope). */
export async function listContractAuditEvents(contractId: string, take = 50) {
  const caller = await requireUser();
  if (!readsContractHistory(caller)) return null;
  const contract = await db.contract.findFirst({
    where: { AND: [{ id: contractId }, contractScope(caller)] },
    select: { id: true },
  });
  if (!contract) return null;
  return db.auditEvent.findMany({
    where: { entityType: "Contract", entityId: contract.id },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, actorEmail: true, action: true, before: true, after: true },
  });
}

/** Whether the page shows the audit history section (listContractAuditEvents re-checks). */
export async function canReadContractHistory() {
  return readsContractHistory(await requireUser());
}
