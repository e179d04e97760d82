// Reading a file in the box: a file that needs more memory than the cap, or more time than the limit,
// ends only its thread, and is refused with a message naming the limit; nothing stays staged.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { generatedCsv } from "@/tests/fixtures/spend-files";

async function boxed(env: Record<string, string>) {
  for (const [k, v] of Object.entries(env)) process.env[k] = v;
  vi.resetModules();
  return (await import("@/lib/imports/boxed-stage")).stageInBox;
}

const options = (file: string, importId: string) => ({
  databaseUrl: process.env.DATABASE_URL!,
  importId,
  departmentId: "dept",
  path: file,
  format: "csv" as const,
  recordProgress: async () => undefined,
});

describe("the parse box", () => {
  it("refuses a file that needs more memory than the cap, and the process carries on", async () => {
    const stageInBox = await boxed({ PARSE_MEMORY_MB: "48", PARSE_TIME_LIMIT_MINUTES: "5" });
    // One 150 MB cell: the CSV parser must hold it whole.
    const file = path.join(tmpdir(), `huge-cell-${Date.now()}.csv`);
    writeFileSync(file, `Date,Supplier,Amount\n01/04/2024,"${"x".repeat(150 * 1024 * 1024)}",1\n`);
    const error = await stageInBox(options(file, "box-memory")).then(
      () => null,
      (e: unknown) => e,
    );
    // A FileReadError of the module instance loaded above: a refusal standing on its own, not a crash.
    expect(error).toMatchObject({ overLimit: true });
    expect((error as Error).message).toBe(
      "Reading the file needed more than 48 MB of memory (the limit on reading one file)",
    );
    expect(await db.stagedSpendRow.count({ where: { importId: "box-memory" } })).toBe(0);
  }, 120_000);

  it("refuses a file that takes longer than the time limit", async () => {
    const stageInBox = await boxed({ PARSE_MEMORY_MB: "512", PARSE_TIME_LIMIT_MINUTES: "0.005" });
    const { path: file } = generatedCsv(100_000, "Slow Ltd");
    const error = await stageInBox(options(file, "box-time")).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      "Reading the file took longer than 0.005 minutes (the time limit on reading one file)",
    );
    expect(await db.stagedSpendRow.count({ where: { importId: "box-time" } })).toBe(0);
  }, 120_000);
});
