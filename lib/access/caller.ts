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

type CallerRow = Omit<Caller, "auditorDepartments"> & { auditorAll: boolean; auditorGrants: string[] };

// One statement on every signed-in request (Prisma's include would send three, each compiled anew): the user,
// their auditor grants, and the session check. A disabled account, a session that was signed out, or one signed
// out everywhere since it began (sessionVersion), finds no row and is signed out. Raw SQL runs on the primary, so
// a sign-out is seen at once even when reads go to a lagging replica.
export const getCaller = cache(async (): Promise<Caller | null> => {
  const identity = await getSessionIdentity();
  if (!identity) return null;
  const [user] = await db.$queryRaw<CallerRow[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u."departmentId", u."supplierId",
      u."auditorAllDepartments" AS "auditorAll",
      ARRAY(SELECT g."departmentId" FROM "AuditorGrant" g WHERE g."userId" = u.id ORDER BY g."departmentId")
        AS "auditorGrants"
    FROM "User" u
    WHERE u.id = ${identity.userId} AND u."disabledAt" IS NULL AND u."sessionVersion" = ${identity.sessionVersion}
      AND EXISTS (
        SELECT 1 FROM "UserSession" s
        WHERE s.id = ${identity.sessionId} AND s."userId" = u.id AND s."endedAt" IS NULL AND s."expiresAt" > now()
      )`;
  if (!user) return null;
  const { auditorAll, auditorGrants, ...caller } = user;
  return { ...caller, auditorDepartments: auditorAll ? "ALL" : auditorGrants };
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
