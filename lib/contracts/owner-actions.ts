"use server";

import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { guardDatabase } from "@/lib/actions/database";
import { contractScope } from "@/lib/access/scope";
import { recordAudit } from "@/lib/audit/record";
import { ownerCandidateWhere } from "@/lib/contracts/owner-queries";
import { ChangeOwnerSchema } from "@/lib/contracts/owner-schema";
import { returnToSavedContract } from "@/lib/contracts/saved";
import { findWritableContract, RuleError, STALE_MESSAGE } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { requireCan } from "@/lib/access/caller";

const NOT_A_CANDIDATE = "Choose the new owner from the list: they must be able to see this contract's department.";

/**
 * Hands a contract to a new owner, who is sent its alerts from now on. The owner must be able to see the
 * department; the form's version makes a change from a stale page (someone changed the contract since)
 * refused rather than silently overwriting theirs, and the audit event names the old and new owner.
 */
export async function changeContractOwner(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = ChangeOwnerSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, version, ownerId } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const before = await findWritableContract(tx, caller, contractId);
        const [previous, next] = await Promise.all([
          before.ownerId ? tx.user.findUnique({ where: { id: before.ownerId }, select: ownerFields }) : null,
          tx.user.findFirst({
            where: { AND: [{ id: ownerId }, ownerCandidateWhere(before.departmentId)] },
            select: ownerFields,
          }),
        ]);
        if (!next) throw new RuleError(NOT_A_CANDIDATE, { ownerId: [NOT_A_CANDIDATE] });
        if (next.id === before.ownerId) {
          const same = `${next.name} already owns this contract. Choose someone else to hand it to.`;
          throw new RuleError(same, { ownerId: [same] });
        }
        // Compare and set on the version: of two changes from pages opened at once, the second is refused.
        const { count } = await tx.contract.updateMany({
          where: { AND: [{ id: contractId }, contractScope(caller), { version }] },
          data: { ownerId: next.id, version: { increment: 1 } },
        });
        if (count === 0) throw new RuleError(STALE_MESSAGE);
        await recordAudit(tx, {
          actor: caller,
          action: "contract.owner",
          entityType: "Contract",
          entityId: contractId,
          departmentId: before.departmentId,
          // In words for the audit trail ("Owner: A (a@…) → B (b@…)"); the email names the account.
          before: { owner: previous ? ownerText(previous) : null },
          after: { owner: ownerText(next) },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      throw error;
    }
    return returnToSavedContract(contractId, undefined, "owner-changed");
  });
}

const ownerFields = { id: true, name: true, email: true } as const;
const ownerText = (user: { name: string; email: string }) => `${user.name} (${user.email})`;
