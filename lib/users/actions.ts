"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { guardDatabase } from "@/lib/actions/database";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { AuditorAccessSchema, UserIdSchema } from "@/lib/users/schema";

async function auditorAccess(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, include: { auditorGrants: { select: { departmentId: true } } } });
  if (!user) return null;
  return { user, access: { allDepartments: user.auditorAllDepartments, departmentIds: user.auditorGrants.map((g) => g.departmentId).sort() } };
}

/** Grants an auditor all departments or exactly the ones chosen (replacing earlier grants). */
export async function setAuditorAccess(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("ADMIN");
    const parsed = AuditorAccessSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { userId, allDepartments } = parsed.data;
    const departmentIds = allDepartments ? [] : [...new Set(parsed.data.departmentIds)].sort();
    const current = await auditorAccess(userId);
    if (!current) return failure("That user no longer exists.");
    if (current.user.role !== "AUDITOR") return failure("Only auditors are granted departments.");
    const known = await db.department.count({ where: { id: { in: departmentIds } } });
    if (known !== departmentIds.length) return failure("A chosen department no longer exists.", { departmentIds: ["Choose from the list"] });
    await db.$transaction(async (tx) => {
      await tx.auditorGrant.deleteMany({ where: { userId } });
      if (departmentIds.length) {
        await tx.auditorGrant.createMany({ data: departmentIds.map((departmentId) => ({ userId, departmentId, grantedById: caller.id })) });
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
    return { status: "success", message: allDepartments ? "Access granted to all departments." : `Access granted to ${departmentIds.length} department${departmentIds.length === 1 ? "" : "s"}.` };
  });
}

/** Removes every grant: the auditor then sees nothing until granted again. */
export async function revokeAuditorAccess(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("ADMIN");
    const parsed = UserIdSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const current = await auditorAccess(parsed.data.userId);
    if (!current || current.user.role !== "AUDITOR") return failure("That auditor no longer exists.");
    await db.$transaction(async (tx) => {
      await tx.auditorGrant.deleteMany({ where: { userId: current.user.id } });
      await tx.user.update({ where: { id: current.user.id }, data: { auditorAllDepartments: false } });
      await recordAudit(tx, { actor: caller, action: "auditor.access.revoke", entityType: "User", entityId: current.user.id, before: current.access, after: { allDepartments: false, departmentIds: [] } });
    });
    revalidatePath(`/admin/users/${current.user.id}`);
    return { status: "success", message: "All access revoked." };
  });
}

/** Ends every session the user has: their tokens carry the old sessionVersion and stop working. */
export async function signOutEverywhere(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("ADMIN");
    const parsed = UserIdSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const user = await db.user.findUnique({ where: { id: parsed.data.userId } });
    if (!user) return failure("That user no longer exists.");
    await db.$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await recordAudit(tx, { actor: caller, action: "user.sessions.revoke", entityType: "User", entityId: user.id, before: { sessionVersion: user.sessionVersion }, after: { sessionVersion: updated.sessionVersion } });
    });
    return { status: "success", message: `${user.name} has been signed out everywhere.` };
  });
}
