import "server-only";
import type { Prisma } from "@prisma/client";
import { forbidden } from "next/navigation";
import type { Caller } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { CHECK_VIOLATION, NUMERIC_OUT_OF_RANGE, violated } from "@/lib/actions/database-errors";

// Shared by every action that changes a contract or what hangs off it (amendments, partnership, KPIs,
// social value): who may write, which contracts, and the optimistic lock.

/** Only administrators and commercial leads write; auditors and suppliers are refused with 403. */

export const STALE_MESSAGE =
  "This contract was changed by someone else since you opened it. Nothing was saved: reload the page to see their changes, then make yours again.";

/** A rule that needs the database failed: the transaction rolls back and the form shows the message. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/**
 * The contract, if the caller may write it. Ids come from the client: an id outside the caller's
 * department (or no such id) is refused the same way, so nothing about other departments leaks.
 */
export async function findWritableContract(tx: Prisma.TransactionClient, caller: Caller, id: string) {
  const contract = await tx.contract.findFirst({ where: { AND: [{ id }, contractScope(caller)] } });
  if (!contract) forbidden();
  return contract;
}

/**
 * Holds the contract's row until the transaction ends: rules that read the contract's children and then write
 * one (pledged shares at most 100%, one current membership per supplier) see every earlier writer's change.
 */
export async function lockContract(tx: Prisma.TransactionClient, id: string) {
  await tx.$queryRaw`SELECT id FROM "Contract" WHERE id = ${id} FOR UPDATE`;
}

/** Closed contracts keep their history: no more amendments or partnership changes (KPI ratings still, for the final assessment). */
export function assertOpen(contract: { status: string }) {
  if (contract.status !== "ACTIVE" && contract.status !== "PLANNED")
    throw new RuleError("This contract is closed: its amendments and partnership can no longer change.");
}

/**
 * Applies a change to the contract only if nobody saved it since the form was opened (expectedVersion),
 * and moves the version on, so a second stale form is refused. Without expectedVersion (additive changes
 * such as amendments) the version still moves on, so edit forms opened earlier cannot undo them.
 */
export async function updateContractLocked(
  tx: Prisma.TransactionClient,
  caller: Caller,
  id: string,
  expectedVersion: number | null,
  data: Prisma.ContractUpdateManyMutationInput,
) {
  const where: Prisma.ContractWhereInput = {
    AND: [{ id }, contractScope(caller), expectedVersion === null ? {} : { version: expectedVersion }],
  };
  const { count } = await tx.contract
    .updateMany({ where, data: { ...data, version: { increment: 1 } } })
    .catch(valueRefusal);
  if (count === 0) throw new RuleError(STALE_MESSAGE);
  return tx.contract.findUniqueOrThrow({ where: { id } });
}

export const VALUE_BELOW_ZERO = "This change would take the contract's current value below zero. Nothing was saved.";
export const VALUE_TOO_LARGE =
  "This change would take the contract's value beyond £99,999,999,999,999.99, more than Partnerscope can hold. Nothing was saved.";

/**
 * The database holds the value rules (never below zero; within numeric(16,2)) however the change was summed:
 * its refusal becomes a message on the value field (valueChange: amendments; awardValue: the contract form).
 */
export function valueRefusal(error: unknown, field = "valueChange"): never {
  if (
    violated(error, CHECK_VIOLATION, "Contract_currentValue_not_negative") ||
    violated(error, CHECK_VIOLATION, "Contract_awardValue_not_negative")
  ) {
    throw new RuleError(VALUE_BELOW_ZERO, { [field]: [VALUE_BELOW_ZERO] });
  }
  if (violated(error, NUMERIC_OUT_OF_RANGE)) throw new RuleError(VALUE_TOO_LARGE, { [field]: [VALUE_TOO_LARGE] });
  throw error;
}

/** KPIs and social value commitments name an accountable partner: the lead partner or a current member. */
export async function checkAccountablePartner(
  tx: Prisma.TransactionClient,
  contract: { id: string; leadPartnerId: string },
  supplierId: string,
) {
  if (supplierId === contract.leadPartnerId) return;
  const member = await tx.partnershipMember.findFirst({
    where: { contractId: contract.id, supplierId, leftOn: null },
    select: { id: true },
  });
  if (!member) {
    const message = "The accountable partner must be the lead partner or a current member of the partnership.";
    throw new RuleError(message, { accountableSupplierId: [message] });
  }
}
