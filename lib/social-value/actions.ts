"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { checkAccountablePartner, findWritableContract, RuleError } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { rememberNotice } from "@/lib/flash/remember-notice";
import { CommitmentSchema, DeliverySchema } from "@/lib/social-value/schema";
import { guardDatabase } from "@/lib/actions/database";
import { requireCan } from "@/lib/access/caller";

/** A social value commitment made at award (PPN 002), with the partner accountable for it. */
export async function addCommitment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = CommitmentSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, ...commitment } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const contract = await findWritableContract(tx, caller, contractId);
        await checkAccountablePartner(tx, contract, commitment.accountableSupplierId);
        const created = await tx.socialValueCommitment.create({ data: { contractId, ...commitment } });
        await recordAudit(tx, {
          actor: caller,
          action: "social-value.commit",
          entityType: "Contract",
          entityId: contractId,
          departmentId: contract.departmentId,
          after: { commitment: created },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      throw error;
    }
    revalidatePath(`/contracts/${contractId}`);
    await rememberNotice("social-value-saved");
    redirect(`/contracts/${contractId}#social-value`);
  });
}

/** What was delivered against a commitment, on a date. */
export async function recordDelivery(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = DeliverySchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, commitmentId, deliveredOn, amount, note } = parsed.data;
    await db.$transaction(async (tx) => {
      const contract = await findWritableContract(tx, caller, contractId);
      const commitment = await tx.socialValueCommitment.findFirst({
        where: { id: commitmentId, contractId },
        select: { id: true },
      });
      if (!commitment) forbidden();
      const delivery = await tx.socialValueDelivery.create({
        data: { commitmentId, deliveredOn, amount, note: note ?? null },
      });
      await recordAudit(tx, {
        actor: caller,
        action: "social-value.deliver",
        entityType: "Contract",
        entityId: contractId,
        departmentId: contract.departmentId,
        after: { delivery },
      });
    });
    revalidatePath(`/contracts/${contractId}`);
    await rememberNotice("social-value-saved");
    redirect(`/contracts/${contractId}#social-value`);
  });
}
