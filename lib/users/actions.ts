"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { guardDatabase } from "@/lib/actions/database";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { joiningAs, userInvitationMessage } from "@/lib/invitations/message";
import { INVITATION_DAYS, invitationPath, newInvitationToken } from "@/lib/invitations/token";
import { deliverMail } from "@/lib/mail/deliver";
import { recordMail } from "@/lib/mail/outbox";
import { AuditorAccessSchema, UserIdSchema, UserInvitationSchema } from "@/lib/users/schema";

async function auditorAccess(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { auditorGrants: { select: { departmentId: true } } },
  });
  if (!user) return null;
  return {
    user,
    access: {
      allDepartments: user.auditorAllDepartments,
      departmentIds: user.auditorGrants.map((g) => g.departmentId).sort(),
    },
  };
}

/** Grants an auditor all departments or exactly the ones chosen (replacing earlier grants). */
export async function setAuditorAccess(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("manageUsers");
    const parsed = AuditorAccessSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { userId, allDepartments } = parsed.data;
    const departmentIds = allDepartments ? [] : [...new Set(parsed.data.departmentIds)].sort();
    const current = await auditorAccess(userId);
    if (!current) return failure("That user no longer exists.");
    if (current.user.role !== "AUDITOR") return failure("Only auditors are granted departments.");
    const known = await db.department.count({ where: { id: { in: departmentIds } } });
    if (known !== departmentIds.length)
      return failure("A chosen department no longer exists.", { departmentIds: ["Choose from the list"] });
    await db.$transaction(async (tx) => {
      await tx.auditorGrant.deleteMany({ where: { userId } });
      if (departmentIds.length) {
        await tx.auditorGrant.createMany({
          data: departmentIds.map((departmentId) => ({ userId, departmentId, grantedById: caller.id })),
        });
      }
      await tx.user.update({ where: { id: userId }, data: { auditorAllDepartments: allDepartments } });
      await recordAudit(tx, {
        actor: caller,
        action: "auditor.access.set",
        entityType: "User",
        entityId: userId,
        before: current.access,
        after: { allDepartments, departmentIds },
      });
    });
    revalidatePath(`/admin/users/${userId}`);
    return {
      status: "success",
      message: allDepartments
        ? "Access granted to all departments."
        : `Access granted to ${departmentIds.length} department${departmentIds.length === 1 ? "" : "s"}.`,
    };
  });
}

/** Removes every grant: the auditor then sees nothing until granted again. */
export async function revokeAuditorAccess(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("manageUsers");
    const parsed = UserIdSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const current = await auditorAccess(parsed.data.userId);
    if (!current || current.user.role !== "AUDITOR") return failure("That auditor no longer exists.");
    await db.$transaction(async (tx) => {
      await tx.auditorGrant.deleteMany({ where: { userId: current.user.id } });
      await tx.user.update({ where: { id: current.user.id }, data: { auditorAllDepartments: false } });
      await recordAudit(tx, {
        actor: caller,
        action: "auditor.access.revoke",
        entityType: "User",
        entityId: current.user.id,
        before: current.access,
        after: { allDepartments: false, departmentIds: [] },
      });
    });
    revalidatePath(`/admin/users/${current.user.id}`);
    return { status: "success", message: "All access revoked." };
  });
}

/** Ends every session the user has: their sessions are ended, and their tokens carry the old sessionVersion. */
export async function signOutEverywhere(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("manageUsers");
    const parsed = UserIdSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const user = await db.user.findUnique({ where: { id: parsed.data.userId } });
    if (!user) return failure("That user no longer exists.");
    await db.$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date() } });
      await recordAudit(tx, {
        actor: caller,
        action: "user.sessions.revoke",
        entityType: "User",
        entityId: user.id,
        before: { sessionVersion: user.sessionVersion },
        after: { sessionVersion: updated.sessionVersion },
      });
    });
    return { status: "success", message: `${user.name} has been signed out everywhere.` };
  });
}

export type UserInvitationState = ActionState & { link?: string };

/**
 * An administrator invites a new user with a role and its scope. The one-time link is emailed (through the
 * outbox, so a refused delivery is retried) and shown to pass on; the person chooses a name and password with it.
 */
export async function inviteUser(_prev: UserInvitationState, formData: FormData): Promise<UserInvitationState> {
  return guardDatabase(async () => {
    const caller = await requireCan("manageUsers");
    const parsed = UserInvitationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { email, role } = parsed.data;
    const departmentId = role === "COMMERCIAL_LEAD" ? parsed.data.departmentId! : null;
    const supplierId = role === "SUPPLIER_USER" ? parsed.data.supplierId! : null;
    const auditorAllDepartments = role === "AUDITOR" && parsed.data.auditorAllDepartments;
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
      return failure("That person already has a Partnerscope account.", {
        email: ["Already has an account: find them in the list below"],
      });
    }
    if (departmentId && !(await db.department.findUnique({ where: { id: departmentId }, select: { id: true } }))) {
      return failure("Choose the department from the list.", { departmentId: ["Choose the department from the list"] });
    }
    if (supplierId && !(await db.supplier.findUnique({ where: { id: supplierId }, select: { id: true } }))) {
      return failure("Choose the supplier from the list.", { supplierId: ["Choose the supplier from the list"] });
    }
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const mailId = await db.$transaction(async (tx) => {
      const invitation = await tx.userInvitation.create({
        data: {
          email,
          role,
          departmentId,
          supplierId,
          auditorAllDepartments,
          tokenHash,
          invitedById: caller.id,
          expiresAt,
        },
      });
      // The audit event records who was invited and with what access, never the token.
      await recordAudit(tx, {
        actor: caller,
        action: "user.invite",
        entityType: "UserInvitation",
        entityId: invitation.id,
        departmentId,
        after: { email, role, departmentId, supplierId, auditorAllDepartments, expiresAt },
      });
      return recordMail(tx, {
        to: email,
        purpose: "invitation",
        ...userInvitationMessage({
          inviter: caller.name,
          joining: joiningAs(role),
          path: invitationPath(token),
          days: INVITATION_DAYS,
        }),
      });
    });
    await deliverMail([mailId]);
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: `Invitation emailed to ${email}. The link works once, for ${INVITATION_DAYS} days; you can also pass it on yourself.`,
      link: invitationPath(token),
    };
  });
}
