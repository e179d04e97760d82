import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { getSessionIdentity } from "@/lib/auth/session";
import { can, type Capability } from "@/lib/access/capabilities";
import type { Role } from "@/lib/access/roles";

/** The signed-in person and what they may see, read fresh from the database on every request. */
export type Caller = {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  supplierId: string | null;
  /** For auditors: "ALL", or the departments granted. Empty for other roles. */
  auditorDepartments: "ALL" | string[];
};

export const getCaller = cache(async (): Promise<Caller | null> => {
  const identity = await getSessionIdentity();
  if (!identity) return null;
  const user = await db.user.findUnique({
    where: { id: identity.userId },
    include: {
      auditorGrants: { select: { departmentId: true } },
      sessions: {
        where: { id: identity.sessionId, endedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      },
    },
  });
  // A disabled account, a session that was signed out, or one signed out everywhere since it began, is signed out.
  if (!user || user.disabledAt || user.sessionVersion !== identity.sessionVersion || user.sessions.length === 0)
    return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    supplierId: user.supplierId,
    auditorDepartments: user.auditorAllDepartments ? "ALL" : user.auditorGrants.map((g) => g.departmentId),
  };
});

/** Top of every query and action: the caller, or a redirect to sign in. */
export async function requireUser(): Promise<Caller> {
  const caller = await getCaller();
  if (!caller) redirect("/login");
  return caller;
}

/** As requireUser, and a 403 unless the caller holds the capability (lib/access/capabilities.ts). */
export async function requireCan(capability: Capability): Promise<Caller> {
  const caller = await requireUser();
  if (!can(caller, capability)) forbidden();
  return caller;
}

/** For a page deciding what to show (the forms, the links): whether the caller holds the capability. Queries and actions re-check. */
export async function callerCan(capability: Capability): Promise<boolean> {
  return can(await requireUser(), capability);
}
