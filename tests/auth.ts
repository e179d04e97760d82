import type { User } from "@prisma/client";

/**
 * Make the following queries and actions run as this user (null: signed out). The session is a real
 * UserSession row (tests/setup.ts creates it on first use), so ending it signs the test's caller out.
 */
export function actAs(
  user: Pick<User, "id" | "sessionVersion"> | null,
  sessionId = user ? `test-session-${user.id}` : "",
) {
  (globalThis as { __testIdentity?: unknown }).__testIdentity = user
    ? { userId: user.id, sessionVersion: user.sessionVersion, sessionId }
    : null;
}
