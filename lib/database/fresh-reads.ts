import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { FRESH_READS_SECONDS, freshReadsToken, tokenIsFresh } from "@/lib/database/fresh-token";

// Read-your-own-writes with streaming replicas (lib/prisma-client.ts asks `readFromPrimary` before each read).
// Inside an action every read goes to the primary; after it, a signed cookie sends that browser's reads to the
// primary for a few seconds, so the page it is redirected to shows what was just saved even if a replica lags.
const COOKIE = "ps-fresh-reads";
const inAction = new AsyncLocalStorage<true>();

export function runOnPrimary<T>(run: () => Promise<T>): Promise<T> {
  // Awaited inside: Prisma's promises are lazy and run when awaited, which must happen in this context.
  return inAction.run(true, async () => await run());
}

export async function markFreshReads() {
  // Without replicas every read is on the primary already; setting a cookie in an action would also make
  // Next re-render the page, unmounting forms (and their success messages) for nothing.
  if (env.DATABASE_REPLICA_URLS.length === 0) return;
  try {
    const until = Date.now() + FRESH_READS_SECONDS * 1000;
    (await cookies()).set(COOKIE, freshReadsToken(until, env.NEXTAUTH_SECRET), {
      httpOnly: true,
      sameSite: "lax",
      secure: env.NODE_ENV === "production" && (env.NEXTAUTH_URL ?? "").startsWith("https:"),
      path: "/",
      maxAge: FRESH_READS_SECONDS,
    });
  } catch {
    // Outside a request (scripts, tests): nothing to remember.
  }
}

export async function readFromPrimary(): Promise<boolean> {
  if (inAction.getStore()) return true;
  try {
    return tokenIsFresh((await cookies()).get(COOKIE)?.value, Date.now(), env.NEXTAUTH_SECRET);
  } catch {
    return false;
  }
}
