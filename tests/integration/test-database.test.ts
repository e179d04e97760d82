// The database `npm test` runs on, and that it runs the production paths: TEST_DATABASE_URL when set, otherwise
// the embedded PostgreSQL tests/global-setup.ts starts in a fresh temporary directory (never `npm start`'s .data/);
// every migration applied; and a spend file staged through COPY (.ci/run runs this file with TEST_DATABASE_URL
// unset, so the embedded default is exercised on every run).
import { readdirSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createSpendImport, runSpendImport } from "@/lib/imports/spend-import";
import { stageSpendFile } from "@/lib/imports/stage-spend";
import { createDepartment, createSupplier } from "@/tests/factories";
import { generatedCsv } from "@/tests/fixtures/spend-files";

type CopyInProgress = { command: string; type: string; query: string };

/** The COPYs into the staging table running on this database right now, as the server reports them. */
const stagingCopies = () =>
  db.$queryRaw<CopyInProgress[]>`
    SELECT p.command, p.type, a.query FROM pg_stat_progress_copy p JOIN pg_stat_activity a ON a.pid = p.pid
     WHERE p.relid = '"StagedSpendRow"'::regclass AND p.datname = current_database()`;

describe("the test database", () => {
  it("is TEST_DATABASE_URL when set, else an embedded PostgreSQL in a fresh temporary directory", async () => {
    const url = inject("databaseUrl");
    if (process.env.TEST_DATABASE_URL) {
      expect(url).toBe(process.env.TEST_DATABASE_URL);
      return;
    }
    const [{ data_directory: dataDir }] = (await db.$queryRaw<{ data_directory: string }[]>`SHOW data_directory`) as [
      { data_directory: string },
    ];
    expect(path.relative(realpathSync(tmpdir()), realpathSync(dataDir))).toMatch(/^partnerscope-pg-[^/]+\/data$/);
  });

  it("has every migration applied", async () => {
    const migrations = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
    expect(migrations.length).toBeGreaterThan(0);
    expect(applied.map((m) => m.migration_name)).toEqual(migrations);
  });

  it("stages a spend file through COPY, then writes it", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    // Over 25,000 lines: staging reports progress at 25,000, while its COPY is still open.
    const file = generatedCsv(30_000, supplier.legalName);
    const record = await createSpendImport(db, {
      path: file.path,
      fileName: "copy-staging.csv",
      format: "csv",
      departmentId: department.id,
      createdById: null,
    });
    const seen: CopyInProgress[][] = [];
    const result = await runSpendImport({
      prisma: db,
      databaseUrl: inject("databaseUrl"),
      importId: record.id,
      departmentId: department.id,
      path: file.path,
      format: "csv",
      actor: null,
      // The staging the job runs (in its child process), here in this process so it can be watched mid-way.
      stage: (options) =>
        stageSpendFile({
          ...options,
          recordProgress: async (rowsRead) => {
            seen.push(await stagingCopies());
            return options.recordProgress(rowsRead);
          },
        }),
    });
    expect(result).toEqual({
      status: "COMPLETED",
      rowsWritten: 30_000,
      duplicatesSkipped: 0,
      totalAmount: file.total,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContainEqual({
      command: "COPY FROM",
      type: "PIPE",
      query: expect.stringMatching(/^COPY "StagedSpendRow" \(/),
    });
    expect(await db.spendTransaction.count({ where: { importId: record.id } })).toBe(30_000);
    expect(await db.stagedSpendRow.count({ where: { importId: record.id } })).toBe(0);
  });
});
