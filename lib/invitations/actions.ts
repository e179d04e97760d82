"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { INVITATION_DAYS, hashInvitationToken, invitationPath, newInvitationToken } from "@/lib/invitations/token";
import { AcceptInvitationSchema, InvitationSchema } from "@/lib/suppliers/portal-schema";
import { guardDatabase } from "@/lib/actions/database";
import { rememberNotice } from "@/lib/flash/remember-notice";
import { invitationMessage } from "@/lib/invitations/message";
import { deliverMail } from "@/lib/mail/deliver";
import { recordMail } from "@/lib/mail/outbox";
import { INVITATIONS_PER_INVITER, RATE_LIMITED, withinRateLimit } from "@/lib/security/rate-limit";

export type InvitationState = ActionState & { link?: string };

const INVALID_LINK =
  "This invitation link is not valid: it may have been used already or have expired. Ask your colleague for a new one.";

/** A supplier user invites a colleague to its own organisation: the link is emailed to them, and shown to the inviter too. */
export async function inviteColleague(_prev: InvitationState, formData: FormData): Promise<InvitationState> {
  return guardDatabase(async () => {
    const caller = await requireCan("maintainOwnSupplier");
    const supplierId = caller.supplierId;
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = InvitationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { email } = parsed.data;
    if (!(await withinRateLimit(INVITATIONS_PER_INVITER, caller.id))) return failure(RATE_LIMITED);
    // Whether or not the email has an account, the answer is the same (an invitation and its link): the form
    // must not tell anyone which emails have accounts. A link for an email with an account never makes a user.
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const mailId = await db.$transaction(async (tx) => {
      const invitation = await tx.supplierInvitation.create({
        data: { supplierId, email, tokenHash, invitedById: caller.id, expiresAt },
        include: { supplier: { select: { legalName: true } } },
      });
      // The audit event records who was invited, never the token.
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.invitation.create",
        entityType: "SupplierInvitation",
        entityId: invitation.id,
        after: { supplierId, email, expiresAt },
      });
      return recordMail(tx, {
        to: email,
        purpose: "invitation",
        ...invitationMessage({
          inviter: caller.name,
          organisation: invitation.supplier.legalName,
          path: invitationPath(token),
          days: INVITATION_DAYS,
        }),
      });
    });
    await deliverMail([mailId]);
    revalidatePath("/portal");
    return {
      status: "success",
      message: `Invitation emailed to ${email}. The link works once, for ${INVITATION_DAYS} days; you can also pass it on yourself.`,
      link: invitationPath(token),
    };
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
    if (!invitation) return acceptUserInvitation(tokenHash, name, password);
    if (invitation.acceptedAt || invitation.expiresAt <= new Date()) {
      return failure(INVALID_LINK);
    }
    if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      return failure(INVALID_LINK);
    }
    const passwordHash = await hashPassword(password);
    const accepted = await db.$transaction(async (tx) => {
      // Claim the invitation first: of two concurrent acceptances only one updates the row.
      const claimed = await tx.supplierInvitation.updateMany({
        where: { id: invitation.id, acceptedAt: null },
        data: { acceptedAt: new Date() },
      });
      if (claimed.count !== 1) return false;
      const user = await tx.user.create({
        data: { email: invitation.email, name, passwordHash, role: "SUPPLIER_USER", supplierId: invitation.supplierId },
      });
      await tx.supplierInvitation.update({ where: { id: invitation.id }, data: { acceptedUserId: user.id } });
      const actor = { id: user.id, email: user.email };
      await recordAudit(tx, {
        actor,
        action: "supplier.invitation.accept",
        entityType: "SupplierInvitation",
        entityId: invitation.id,
        after: { userId: user.id, supplierId: invitation.supplierId },
      });
      await recordAudit(tx, {
        actor,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name, role: user.role, supplierId: invitation.supplierId },
      });
      return true;
    });
    if (!accepted) return failure("This invitation link has just been used. Ask your colleague for a new one.");
    await rememberNotice("account-ready");
    redirect("/login");
  });
}

/** An administrator's invitation: the account gets the role and scope the administrator chose. */
async function acceptUserInvitation(tokenHash: string, name: string, password: string): Promise<ActionState> {
  const invitation = await db.userInvitation.findUnique({ where: { tokenHash } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) {
    return failure(
      "This invitation link is not valid: it may have been used already or have expired. Ask whoever invited you for a new one.",
    );
  }
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
    return failure("An account with this email address already exists. Sign in instead.");
  }
  const passwordHash = await hashPassword(password);
  const { email, role, departmentId, supplierId, auditorAllDepartments } = invitation;
  const accepted = await db.$transaction(async (tx) => {
    const claimed = await tx.userInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) return false;
    const user = await tx.user.create({
      data: { email, name, passwordHash, role, departmentId, supplierId, auditorAllDepartments },
    });
    await tx.userInvitation.update({ where: { id: invitation.id }, data: { acceptedUserId: user.id } });
    const actor = { id: user.id, email: user.email };
    await recordAudit(tx, {
      actor,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      departmentId,
      after: { email, name, role, departmentId, supplierId, auditorAllDepartments, invitationId: invitation.id },
    });
    return true;
  });
  if (!accepted) return failure("This invitation link has just been used. Ask the administrator for a new one.");
  await rememberNotice("account-ready");
  redirect("/login");
}
