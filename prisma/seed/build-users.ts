// The demo accounts (users.ts) with their department, supplier and auditor grants.
import { hash } from "@node-rs/argon2";
import { WriterGroup } from "./bulk";
import type { SeedContext } from "./context";
import { AUDITOR_GRANT, USER } from "./tables";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";

/** Hashes first (slow, CPU-bound) so that no database transaction waits on it. */
export async function hashDemoPasswords(): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < DEMO_USERS.length; i++) hashes.push(await hash(DEMO_PASSWORD));
  return hashes;
}

export async function buildUsers(ctx: SeedContext, passwordHashes: readonly string[]): Promise<void> {
  const users = ctx.writer(USER);
  const grants = ctx.writer(AUDITOR_GRANT);
  DEMO_USERS.forEach((user, i) => {
    const id = ctx.userIds[i] as string;
    const department = user.department ? ctx.departmentByName.get(user.department) : undefined;
    const supplier = user.supplier ? ctx.supplierByName.get(user.supplier) : undefined;
    if (user.department && !department) throw new Error(`Demo user ${user.email}: no department ${user.department}`);
    if (user.supplier && !supplier) throw new Error(`Demo user ${user.email}: no supplier ${user.supplier}`);
    users.push({
      id,
      email: user.email,
      name: user.name,
      passwordHash: passwordHashes[i] as string,
      role: user.role,
      departmentId: department?.id ?? null,
      supplierId: supplier?.id ?? null,
      auditorAllDepartments: user.auditorDepartments === "all",
    });
    if (Array.isArray(user.auditorDepartments)) {
      for (const name of user.auditorDepartments as readonly string[]) {
        const granted = ctx.departmentByName.get(name);
        if (!granted) throw new Error(`Demo user ${user.email}: no department ${name}`);
        grants.push({ id: ctx.id("AuditorGrant"), userId: id, departmentId: granted.id, grantedById: ctx.adminUserId });
      }
    }
  });
  await new WriterGroup(ctx.db, [users, grants]).flushAll();
}
