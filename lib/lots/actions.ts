"use server";

import { revalidatePath } from "next/cache";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { LotClaimSchema, LotDecisionSchema, LotRejectionSchema } from "@/lib/lots/schema";
import { guardDatabase } from "@/lib/actions/database";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";

/** A supplier user claims a place on a framework lot for its own organisation; it counts only once verified. */
export async function claimLotMembership(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("maintainOwnSupplier");
    const supplierId = caller.supplierId;
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = LotClaimSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { lotId, startDate, endDate } = parsed.data;
    const lot = await db.lot.findUnique({ where: { id: lotId }, include: { framework: { select: { name: true } } } });
    if (!lot)
      return failure("Choose a framework lot from the list.", { lotId: ["Choose a framework lot from the list"] });
    // One open claim per lot, and none over a verified period: a repeat would only fill the administrator's queue.
    // Claims for one supplier and lot are checked and written one at a time; the database also allows only
    // one open claim per supplier and lot (LotMembership_one_open_claim).
    const already = await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('lot-claim'), hashtext(${supplierId + lotId}))`;
        const overlapping = await tx.lotMembership.findFirst({
          where: {
            supplierId,
            lotId,
            OR: [
              { status: "CLAIMED" },
              {
                status: "VERIFIED",
                startDate: endDate ? { lte: endDate } : undefined,
                OR: [{ endDate: null }, { endDate: { gte: startDate } }],
              },
            ],
          },
          select: { status: true },
        });
        if (overlapping)
          return overlapping.status === "VERIFIED" ? "is already verified" : "is already waiting for verification";
        const claim = await tx.lotMembership.create({
          data: { supplierId, lotId, startDate, endDate: endDate ?? null, status: "CLAIMED" },
        });
        await recordAudit(tx, {
          actor: caller,
          action: "lot-membership.claim",
          entityType: "LotMembership",
          entityId: claim.id,
          after: claim,
        });
        return null;
      })
      .catch((error: unknown) => {
        if (violated(error, UNIQUE_VIOLATION, "LotMembership_one_open_claim"))
          return "is already waiting for verification";
        throw error;
      });
    if (already)
      return failure(
        `Your membership of this lot ${already === "is already verified" ? "for these dates " : ""}${already}.`,
        { lotId: [`A claim for this lot ${already}`] },
      );
    revalidatePath("/portal");
    revalidatePath("/lot-claims");
    return {
      status: "success",
      message: `Claim for ${lot.framework.name} Lot ${lot.number} sent to an administrator to verify.`,
    };
  });
}

async function decide(formData: FormData, decision: "VERIFIED" | "REJECTED"): Promise<ActionState> {
  const caller = await requireCan("verifyClaims");
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
    await recordAudit(tx, {
      actor: caller,
      action: decision === "VERIFIED" ? "lot-membership.verify" : "lot-membership.reject",
      entityType: "LotMembership",
      entityId: membershipId,
      before,
      after,
    });
    return true;
  });
  if (!done) return failure("That claim has already been decided, or does not exist.");
  // No revalidatePath: it would re-render the queue at once and the decided claim would vanish with its outcome.
  // Every page showing lot memberships is rendered per request, so the next visit sees the decision.
  return {
    status: "success",
    message: decision === "VERIFIED" ? "Claim verified." : "Claim rejected; the supplier sees your reason.",
  };
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
