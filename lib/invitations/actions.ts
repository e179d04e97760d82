"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/caller";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { INVITATION_DAYS, hashInvitationToken, invitationPath, newInvitationToken } from "@/lib/invitations/token";
import { AcceptInvitationSchema, InvitationSchema } from "@/lib/suppliers/portal-schema";
import { guardDatabase } from "@/lib/actions/database";

export type InvitationState = ActionState & { link?: string };

/** A supplier user invites a colleague to its own organisation. No email is sent: the inviter passes the link on. */
export async function inviteColleague(_prev: InvitationState, formData: FormData): Promise<InvitationState> {
  return guardDatabase(async () => {
    const caller = await requireRole("SUPPLIER_USER");
    const supplierId = caller.supplierId;
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = InvitationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { email } = parsed.data;
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
      return failure("That person already has a Partnerscope account.", { email: ["Already has an account"] });
    }
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    await db.$transaction(async (tx) => {
      const invitation = await tx.supplierInvitation.create({ data: { supplierId, email, tokenHash, invitedById: caller.id, expiresAt } });
      // The audit event records who was invited, never the token.
      await recordAudit(tx, { actor: caller, action: "supplier.invitation.create", entityType: "SupplierInvitation", entityId: invitation.id, after: { supplierId, email, expiresAt } });
    });
    revalidatePath("/portal");
    return { status: "success", message: `Invitation created for ${email}. Give them this one-time link; it works once, for ${INVITATION_DAYS} days.`, link: invitationPath(token) };
  });
}

/** Public: the invited person sets a name and password and becomes a user of the inviting organisation. */
export async function acceptInvitation(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const parsed = AcceptInvitationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { token, name, password } = parsed.data;
    const tokenHash = hashInvitationToken(token);
    const invitation = await db.supplierInvitation.findUnique({ where: { tokenHash } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) {
      return failure("This invitation link is not valid: it may have been used already or have expired. Ask your colleague for a new one.");
    }
    if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      return failure("An account with this email address already exists. Sign in instead.");
    }
    const passwordHash = await hashPassword(password);
    const accepted = await db.$transaction(async (tx) => {
      // Claim the invitation first: of two concurrent acceptances only one updates the row.
      const claimed = await tx.supplierInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
      if (claimed.count !== 1) return false;
      const user = await tx.user.create({ data: { email: invitation.email, name, passwordHash, role: "SUPPLIER_USER", supplierId: invitation.supplierId } });
      await tx.supplierInvitation.update({ where: { id: invitation.id }, data: { acceptedUserId: user.id } });
      const actor = { id: user.id, email: user.email };
      await recordAudit(tx, { actor, action: "supplier.invitation.accept", entityType: "SupplierInvitation", entityId: invitation.id, after: { userId: user.id, supplierId: invitation.supplierId } });
      await recordAudit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, after: { email: user.email, name, role: user.role, supplierId: invitation.supplierId } });
      return true;
    });
    if (!accepted) return failure("This invitation link has just been used. Ask your colleague for a new one.");
    redirect("/login?registered=1");
  });
}
