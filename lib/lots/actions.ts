"use server";

import { revalidatePath } from "next/cache";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { LotClaimSchema, LotDecisionSchema, LotRejectionSchema } from "@/lib/lots/schema";
import { guardDatabase } from "@/lib/actions/database";

/** A supplier user claims a place on a framework lot for its own organisation; it counts only once verified. */
export async function claimLotMembership(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("SUPPLIER_USER");
    const supplierId = caller.supplierId;
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = LotClaimSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { lotId, startDate, endDate } = parsed.data;
    const lot = await db.lot.findUnique({ where: { id: lotId }, include: { framework: { select: { name: true } } } });
    if (!lot) return failure("Choose a framework lot from the list.", { lotId: ["Choose a framework lot from the list"] });
    // One open or verified claim per lot and period: a repeat would only fill the administrator's queue.
    const overlapping = await db.lotMembership.findFirst({
      where: {
        supplierId,
        lotId,
        status: { in: ["CLAIMED", "VERIFIED"] },
        startDate: endDate ? { lte: endDate } : undefined,
        OR: [{ endDate: null }, { endDate: { gte: startDate } }],
      },
      select: { status: true },
    });
    if (overlapping) {
      const already = overlapping.status === "VERIFIED" ? "is already verified" : "is already waiting for verification";
      return failure(`Your membership of this lot for these dates ${already}.`, { lotId: [`A claim for these dates ${already}`] });
    }
    await db.$transaction(async (tx) => {
      const claim = await tx.lotMembership.create({ data: { supplierId, lotId, startDate, endDate: endDate ?? null, status: "CLAIMED" } });
      await recordAudit(tx, { actor: caller, action: "lot-membership.claim", entityType: "LotMembership", entityId: claim.id, after: claim });
    });
    revalidatePath("/portal");
    revalidatePath("/lot-claims");
    return { status: "success", message: `Claim for ${lot.framework.name} Lot ${lot.number} sent to an administrator to verify.` };
  });
}

async function decide(formData: FormData, decision: "VERIFIED" | "REJECTED"): Promise<ActionState> {
  const caller = await requireRole("ADMIN");
  const parsed = (decision === "REJECTED" ? LotRejectionSchema : LotDecisionSchema).safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { membershipId } = parsed.data;
  const reason = "reason" in parsed.data ? (parsed.data.reason as string) : null;
  const done = await db.$transaction(async (tx) => {
    const before = await tx.lotMembership.findUnique({ where: { id: membershipId } });
    // Only an open claim is decided, once: a second click or a stale page changes nothing.
    const changed = await tx.lotMembership.updateMany({
      where: { id: membershipId, status: "CLAIMED" },
      data: { status: decision, verifiedById: caller.id, verifiedAt: new Date(), rejectionReason: reason },
    });
    if (changed.count !== 1 || !before) return false;
    const after = await tx.lotMembership.findUnique({ where: { id: membershipId } });
    await recordAudit(tx, { actor: caller, action: decision === "VERIFIED" ? "lot-membership.verify" : "lot-membership.reject", entityType: "LotMembership", entityId: membershipId, before, after });
    return true;
  });
  if (!done) return failure("That claim has already been decided, or does not exist.");
  // No revalidatePath: it would re-render the queue at once and the decided claim would vanish with its outcome.
  // Every page showing lot memberships is rendered per request, so the next visit sees the decision.
  return { status: "success", message: decision === "VERIFIED" ? "Claim verified." : "Claim rejected; the supplier sees your reason." };
}

export async function verifyLotMembership(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    return decide(formData, "VERIFIED");
  });
}

export async function rejectLotMembership(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    return decide(formData, "REJECTED");
  });
}
