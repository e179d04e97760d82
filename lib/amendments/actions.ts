"use server";

import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { AmendmentSchema } from "@/lib/contracts/schema";
import { assertOpen, findWritableContract, RuleError, updateContractLocked } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { returnToSavedContract } from "@/lib/contracts/saved";
import { guardDatabase } from "@/lib/actions/database";
import { requireCan } from "@/lib/access/caller";

/**
 * Records a change in the contract's ledger: dated, with its rationale and legal ground (and an earlier change
 * it should be counted together with). The contract's current
 * value moves by the change (award value is never edited) and an extension moves the end date.
 */
export async function recordAmendment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = AmendmentSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const {
      contractId,
      kind,
      date,
      rationale,
      valueChange = "0",
      newEndDate,
      legalGround,
      connectedToId,
    } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const before = await findWritableContract(tx, caller, contractId);
        assertOpen(before);
        if (newEndDate && newEndDate <= before.endDate) {
          throw new RuleError("The new end date must be after the current end date.", {
            newEndDate: ["The new end date must be after the current end date."],
          });
        }
        // Counted together (s.75(4)): only with an earlier change of the same contract.
        if (connectedToId) {
          const earlier = await tx.amendment.findFirst({
            where: { id: connectedToId, contractId, endsContract: false, date: { lte: date } },
            select: { id: true },
          });
          if (!earlier)
            throw new RuleError("Choose an earlier change of this contract to count it with.", {
              connectedToId: ["Choose an earlier change of this contract to count it with."],
            });
        }
        const amendment = await tx.amendment.create({
          data: {
            contractId,
            kind,
            date,
            rationale,
            valueChange,
            newEndDate: newEndDate ?? null,
            legalGround,
            connectedToId: connectedToId ?? null,
            createdById: caller.id,
          },
        });
        // Increments, not read-then-write: two amendments saved at once both count.
        const after = await updateContractLocked(tx, caller, contractId, null, {
          currentValue: { increment: valueChange },
          ...(newEndDate ? { endDate: newEndDate } : {}),
          ...(kind === "EXTENSION" ? { extensionsUsed: { increment: 1 } } : {}),
        });
        await recordAudit(tx, {
          actor: caller,
          action: "amendment.create",
          entityType: "Contract",
          entityId: contractId,
          departmentId: before.departmentId,
          before: { currentValue: before.currentValue, endDate: before.endDate, extensionsUsed: before.extensionsUsed },
          after: {
            amendment,
            currentValue: after.currentValue,
            endDate: after.endDate,
            extensionsUsed: after.extensionsUsed,
          },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      throw error;
    }
    return returnToSavedContract(contractId, "amendments");
  });
}
