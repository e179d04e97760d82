import { inject, vi } from "vitest";

// Environment for the code under test, before any lib/ module reads it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = inject("databasePoolMax");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-the-env-check";
// next.config.ts sets experimental.authInterrupts; next build passes it to forbidden() through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The session is the one thing integration tests replace: tests/auth.ts says who is calling.
vi.mock("@/lib/auth/session", () => ({
  getSessionIdentity: async () => (globalThis as { __testIdentity?: unknown }).__testIdentity ?? null,
}));

// Server actions call revalidatePath, which needs Next's request store; outside Next it is a no-op.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
