import type { User } from "@prisma/client";

/** Make the following queries and actions run as this user (null: signed out). */
export function actAs(user: Pick<User, "id" | "sessionVersion"> | null) {
  (globalThis as { __testIdentity?: unknown }).__testIdentity = user
    ? { userId: user.id, sessionVersion: user.sessionVersion }
    : null;
}
