// How the app's database sessions are set up (lib/database/pg-adapter.ts), read back from the server.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("the app's database sessions", () => {
  it("never JIT-compile a query, on every pooled connection", async () => {
    // Several at once, so more than one connection of the pool answers. A server built without LLVM
    // cannot JIT whatever the setting; one with it must have it off.
    const answers = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          db.$queryRaw<
            { jit: string; available: boolean }[]
          >`SELECT current_setting('jit') AS jit, pg_jit_available() AS available`,
      ),
    );
    const sessions = answers.map(([row]) => row!);
    expect(sessions.filter((s) => s.available && s.jit !== "off")).toEqual([]);
    expect(sessions.map((s) => s.jit)).toEqual(["off", "off", "off", "off"]);
  });
});
