// Size declarations saved at the same moment as each other, as a spend import, or while the insight lock is
// held: however they interleave, the stored figures end as a full rebuild's (the save's own difference
// under the lock, or the department rebuild it queues when it cannot make one).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { createSpendImport, runSpendImport } from "@/lib/imports/spend-import";
import { rollUpDifferences } from "@/lib/insight/roll-up-check";
import { insightRefreshJob } from "@/lib/jobs/definitions/insight-refresh";
import { sendJob } from "@/lib/jobs/send";
import { declareSize } from "@/lib/suppliers/portal-actions";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createLot, declareSize as declared } from "@/tests/factories";
import { generatedCsv } from "@/tests/fixtures/spend-files";
import { buildSizeWorld, expectAsRebuilt, rebuildsQueuedFor } from "@/tests/insight-size";
import { jobsDone } from "@/tests/jobs";

const SMALL = { staffCount: "20", turnover: "2000000.00", balanceSheetTotal: "1000000.00" };
const LARGE = { staffCount: "900", turnover: "90000000.00", balanceSheetTotal: "60000000.00" };

/** The insight lock (lib/insight/refresh-lock.ts), held on a connection of the test's own until released. */
async function holdInsightLock() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
  await client.query("SELECT pg_advisory_xact_lock(7310222)");
  return { release: () => client.query("COMMIT").then(() => client.end()) };
}

const waitingForLock = async () => {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 7310222 AND NOT granted`;
  return row?.n ?? 0;
};

async function until(condition: () => Promise<boolean>) {
  for (let i = 0; i < 300 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 20));
}

async function importSpend(departmentId: string, supplierName: string) {
  const { path } = generatedCsv(12, supplierName);
  const common = { path, format: "csv" as const, departmentId };
  const record = await createSpendImport(db, { ...common, fileName: "march.csv", createdById: null });
  const databaseUrl = process.env.DATABASE_URL!;
  return runSpendImport({ ...common, prisma: db, databaseUrl, importId: record.id, actor: null });
}

describe("size declarations saved concurrently", () => {
  it("two saves for the same supplier at once, on different days and on the same day", async () => {
    const w = await buildSizeWorld();
    actAs(w.user);
    const saves = await Promise.all([
      declareSize(idle, form({ asOf: "2024-09-01", ...LARGE })),
      declareSize(idle, form({ asOf: "2025-02-01", ...SMALL })),
    ]);
    expect(saves.map((s) => s.status)).toEqual(["success", "success"]);
    await expectAsRebuilt(w.departmentIds);
    const sameDay = await Promise.all([
      declareSize(idle, form({ asOf: "2025-03-01", ...LARGE })),
      declareSize(idle, form({ asOf: "2025-03-01", ...SMALL })),
    ]);
    expect(sameDay.map((s) => s.status)).toEqual(["success", "success"]);
    await expectAsRebuilt(w.departmentIds);
    expect(await rollUpDifferences(db, w.departmentIds)).toEqual([]);
    expect(await rebuildsQueuedFor(w.supplier.id)).toBe(0);
  });

  it.each(["import first", "declaration first"])(
    "a save while a spend import adds the supplier's payments to the roll-ups (%s in the lock's queue)",
    async (order) => {
      const w = await buildSizeWorld();
      actAs(w.user);
      const lock = await holdInsightLock();
      const waiting = await waitingForLock();
      const importing = order === "import first" ? importSpend(w.a.id, w.supplier.legalName) : null;
      if (importing) await until(async () => (await waitingForLock()) > waiting);
      // SME from 10 March 2024: part of the imported month is SME spend, part not.
      const saving = declareSize(idle, form({ asOf: "2024-03-10", ...SMALL }));
      await until(async () => (await waitingForLock()) > waiting + (importing ? 1 : 0));
      const later = importing ?? importSpend(w.a.id, w.supplier.legalName);
      if (!importing) await until(async () => (await waitingForLock()) > waiting + 1);
      await lock.release();
      const [imported, saved] = await Promise.all([later, saving]);
      expect(imported).toMatchObject({ status: "COMPLETED", rowsWritten: 12 });
      expect(saved).toMatchObject({ status: "success" });
      // What derives from the roll-ups follows the import on the queue.
      await jobsDone("insight-refresh");
      // The save made its own difference, whichever side of the import's roll-up it fell.
      expect(await rebuildsQueuedFor(w.supplier.id)).toBe(0);
      await expectAsRebuilt(w.departmentIds);
      expect(await rollUpDifferences(db, w.departmentIds)).toEqual([]);
    },
  );

  it("a save that cannot have the insight lock within 2 s is saved anyway, and the department rebuild follows", async () => {
    const w = await buildSizeWorld();
    actAs(w.user);
    const lock = await holdInsightLock();
    const saved = await declareSize(idle, form({ asOf: "2025-01-01", ...LARGE }));
    expect(saved).toMatchObject({ status: "success" });
    expect(await db.sizeDeclaration.count({ where: { supplierId: w.supplier.id } })).toBe(3);
    expect(await rebuildsQueuedFor(w.supplier.id)).toBe(1);
    await lock.release();
    await jobsDone("insight-refresh");
    await expectAsRebuilt(w.departmentIds);
  });

  it("a save while a contract the supplier was paid on awaits re-filing under its new lot leaves it to the rebuild", async () => {
    const w = await buildSizeWorld();
    await db.contract.update({ where: { id: w.onA.id }, data: { lotId: (await createLot()).id } });
    actAs(w.user);
    expect(await declareSize(idle, form({ asOf: "2025-01-01", ...LARGE }))).toMatchObject({ status: "success" });
    expect(await rebuildsQueuedFor(w.supplier.id)).toBe(1);
    await jobsDone("insight-refresh");
    await expectAsRebuilt(w.departmentIds);
  });

  it("a rebuild queued as before (by supplier) also judges its partnerships in departments that never paid it", async () => {
    const w = await buildSizeWorld();
    // Written without a refresh, as saves were before theirs: large from 2025, after c's award.
    await declared(w.supplier.id, "2025-01-01", false);
    await sendJob(insightRefreshJob, { payeeSupplierId: w.supplier.id });
    await jobsDone("insight-refresh");
    await expectAsRebuilt(w.departmentIds);
    expect(await db.partnershipDelivery.count({ where: { contractId: w.inC.id } })).toBe(0);
  });
});
