// Issue 16, item 10: signing in while the database is down. next-auth puts a thrown error's message in the
// address it sends the browser to; the driver's text (host and port) must never get there.
import { describe, expect, it, vi } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";

describe("sign-in during a database outage", () => {
  it("reports one generic code, with nothing about the database in it", async () => {
    // This file's own app modules, on a database address where nothing listens (a real refused connection).
    vi.resetModules();
    const dead = "postgresql://postgres@127.0.0.1:9/partnerscope_outage";
    process.env.DATABASE_URL = dead;
    delete (globalThis as { prisma?: unknown }).prisma;
    const { authOptions } = await import("@/lib/auth/options");
    const { SIGN_IN_UNAVAILABLE } = await import("@/lib/auth/authenticate");
    const credentials = authOptions.providers[0] as unknown as CredentialsConfig;
    const error = await credentials.options.authorize!(
      { email: "lead.nhse@partnerscope.example", password: "partnerscope-demo" },
      { headers: {} } as never,
    ).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toBe(SIGN_IN_UNAVAILABLE);
    expect(error?.message).not.toMatch(/127\.0\.0\.1|:9\b|ECONNREFUSED|postgres/i);
    delete (globalThis as { prisma?: unknown }).prisma;
  });
});
