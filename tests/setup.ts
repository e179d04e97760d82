import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { inject, vi } from "vitest";

// Environment for the code under test, before any lib/ module reads it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = "5";
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-the-env-check";
// Audit checkpoints go to a file of this test worker's own, signed with a test key.
process.env.AUDIT_SIGNING_KEY = "test-audit-signing-key-long-enough-for-hmac";
process.env.AUDIT_CHECKPOINT_FILE = path.join(
  os.tmpdir(),
  `partnerscope-test-checkpoints-${process.pid}-${randomUUID()}.jsonl`,
);
// next.config.ts sets experimental.authInterrupts; next build passes it to forbidden() through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The session is the one thing integration tests replace: tests/auth.ts says who is calling.
// Its session is a real row (created once per id), so the session checks in getCaller run as in production.
const testSessions = new Set<string>();
vi.mock("@/lib/auth/session", () => ({
  getSessionIdentity: async () => {
    const identity =
      (globalThis as { __testIdentity?: { userId: string; sessionId: string } | null }).__testIdentity ?? null;
    if (identity && !testSessions.has(identity.sessionId)) {
      const { db } = await import("@/lib/db");
      // A forged or deleted user has no session to create: getCaller then finds no one.
      await db.userSession
        .createMany({
          data: [{ id: identity.sessionId, userId: identity.userId, expiresAt: new Date(Date.now() + 86_400_000) }],
          skipDuplicates: true,
        })
        .then(
          () => testSessions.add(identity.sessionId),
          () => undefined,
        );
    }
    return identity;
  },
}));

// Outside a request Next has no headers or cookies (code that reads them copes); a test may give a request's
// headers (the socket address scripts/server.ts would set) through globalThis.__testRequestHeaders.
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers((globalThis as { __testRequestHeaders?: Record<string, string> }).__testRequestHeaders ?? {}),
  cookies: async () => {
    throw new Error("cookies() outside a request");
  },
}));

// Server actions call revalidatePath, which needs Next's request store; outside Next it is a no-op.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
