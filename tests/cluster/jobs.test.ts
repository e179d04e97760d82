// The job queue under faults, on a PostgreSQL cluster of our own with real worker processes
// (`scripts/worker.ts`): a worker SIGKILLed mid-import and PostgreSQL stopped mid-write both end with
// the import written exactly once (or FAILED with a message), never left running, with no staged rows,
// stored upload or work file left; two workers on one queue run every job to its effect once; a
// workbook bomb is refused while the health endpoint answers throughout.
import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCluster, migrate, type Cluster } from "@/tests/pg-cluster";
import { generatedCsv } from "@/tests/fixtures/spend-files";
import { sharedStringsBomb } from "@/tests/fixtures/xlsx-bombs";

const DB = "partnerscope";
let cluster: Cluster;
let db: PrismaClient;
let queueSpendImport: typeof import("@/lib/imports/queue-import").queueSpendImport;
let health: typeof import("@/app/api/health/route");
let workFileOf: typeof import("@/lib/imports/upload-store").workFileOf;
const workers = new Set<ChildProcess>();

function startWorker(): ChildProcess {
  // node itself (not the tsx wrapper), so SIGKILL reaches the process that holds the job.
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: cluster.url(DB),
      JOB_HEARTBEAT_SECONDS: "10",
      JOB_SUPERVISE_SECONDS: "2",
      JOB_RETRY_DELAY_SECONDS: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  workers.add(worker);
  worker.on("exit", () => workers.delete(worker));
  return worker;
}

const killed = (worker: ChildProcess) =>
  new Promise((resolve) =>
    worker.exitCode !== null || worker.signalCode ? resolve(null) : worker.once("exit", resolve),
  );

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 300_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function world() {
  const { createDepartment, createSupplier, createUser } = await import("@/tests/factories");
  const department = await createDepartment();
  const supplier = await createSupplier();
  const admin = await createUser("ADMIN");
  return { department, supplier, actor: { id: admin.id, email: admin.email } };
}

async function queue(file: string, w: Awaited<ReturnType<typeof world>>, format: "csv" | "xlsx" = "csv") {
  return queueSpendImport(db, {
    fileName: path.basename(file),
    format,
    departmentId: w.department.id,
    body: createReadStream(file),
    actor: w.actor,
  });
}

/** The import ended and no job for it (its own, a retry, its dead letter) is still to run. */
const ended = (id: string) => async () => {
  const record = await db.import.findUniqueOrThrow({ where: { id } });
  if (!["COMPLETED", "REJECTED", "FAILED", "AWAITING_MATCHES"].includes(record.status)) return null;
  const [open] = await db.$queryRaw<{ jobs: bigint }[]>`
    SELECT count(*) AS jobs FROM pgboss.job WHERE data->>'importId' = ${id} AND state IN ('created', 'retry', 'active')`;
  return Number(open?.jobs) === 0 ? record : null;
};

/** What must hold for every import, whatever happened on the way. */
async function expectNothingLeft(id: string, format = "csv") {
  const { status } = await db.import.findUniqueOrThrow({ where: { id } });
  expect(await db.stagedSpendRow.count({ where: { importId: id } })).toBe(0);
  // A FAILED import's upload is kept a day for an administrator's retry.
  if (status !== "FAILED") expect(await db.importUpload.count({ where: { importId: id } })).toBe(0);
  expect(existsSync(workFileOf(id, format))).toBe(false);
}

beforeAll(async () => {
  cluster = await createCluster();
  await cluster.query(`CREATE DATABASE ${DB}`);
  await migrate(cluster.url(DB));
  process.env.DATABASE_URL = cluster.url(DB);
  delete (globalThis as { prisma?: unknown; __partnerscopeQueue?: unknown }).prisma;
  delete (globalThis as { __partnerscopeQueue?: unknown }).__partnerscopeQueue;
  vi.resetModules();
  db = (await import("@/lib/db")).db;
  queueSpendImport = (await import("@/lib/imports/queue-import")).queueSpendImport;
  workFileOf = (await import("@/lib/imports/upload-store")).workFileOf;
  health = await import("@/app/api/health/route");
}, 180_000);

afterAll(async () => {
  for (const worker of workers) worker.kill("SIGKILL");
  await db?.$disconnect();
  await cluster?.destroy();
});

describe("a worker killed in the middle of a 200,000-row import", () => {
  it("another worker takes the job over after its lease and writes the import exactly once", async () => {
    const w = await world();
    const { path: file, total } = generatedCsv(200_000, w.supplier.legalName);
    const first = startWorker();
    const record = await queue(file, w);
    await waitFor(
      "the first worker to be reading the file",
      async () => (await db.import.findUniqueOrThrow({ where: { id: record.id } })).rowsRead > 0,
    );
    first.kill("SIGKILL");
    await killed(first);
    startWorker();

    const done = await waitFor("the import to end", ended(record.id));
    expect(done).toMatchObject({ status: "COMPLETED", rowsRead: 200_000, rowsWritten: 200_000 });
    expect(done.totalAmount.toFixed(2)).toBe(total);
    expect(await db.spendTransaction.count({ where: { importId: record.id } })).toBe(200_000);
    const [job] = await db.$queryRaw<
      { state: string; retry_count: number }[]
    >`SELECT state::text, retry_count FROM pgboss.job WHERE id = ${record.jobId}::uuid`;
    expect(job).toEqual({ state: "completed", retry_count: 1 });
    await expectNothingLeft(record.id);
  }, 600_000);
});

describe("PostgreSQL stopped while an import is being written", () => {
  it("the job is tried again once the database is back, and the import is written exactly once", async () => {
    const w = await world();
    const { path: file } = generatedCsv(200_000, w.supplier.legalName);
    startWorker();
    const record = await queue(file, w);
    // Staging committed: the write phase has begun.
    await waitFor(
      "the rows to be staged",
      async () => (await db.stagedSpendRow.count({ where: { importId: record.id } })) > 0,
    );
    await cluster.stop();
    await new Promise((r) => setTimeout(r, 3000));
    await cluster.start();

    const done = await waitFor("the import to end", ended(record.id));
    expect(done.status === "COMPLETED" || done.status === "FAILED").toBe(true);
    const written = await db.spendTransaction.count({ where: { importId: record.id } });
    if (done.status === "COMPLETED") expect(written).toBe(200_000);
    else
      expect({ written, reason: done.failureReason }).toEqual({
        written: 0,
        reason: expect.stringMatching(/^The import could not be finished: /),
      });
    await expectNothingLeft(record.id);
  }, 600_000);
});

describe("two workers on one queue", () => {
  it("run every import to its effect once", async () => {
    for (const worker of workers) worker.kill("SIGKILL");
    startWorker();
    startWorker();
    const records = [];
    // A supplier of its own per file, so no file's lines are another's duplicates.
    for (let i = 0; i < 6; i++) {
      const w = await world();
      records.push(await queue(generatedCsv(2_000 + i, w.supplier.legalName).path, w));
    }
    for (const [i, record] of records.entries()) {
      const done = await waitFor("the import to end", ended(record.id));
      expect(done).toMatchObject({ status: "COMPLETED", rowsWritten: 2_000 + i });
      expect(await db.spendTransaction.count({ where: { importId: record.id } })).toBe(2_000 + i);
      await expectNothingLeft(record.id);
    }
    const audit = await db.auditEvent.groupBy({
      by: ["entityId"],
      where: { entityId: { in: records.map((r) => r.id) }, action: "import.complete" },
      _count: true,
    });
    expect(audit.map((a) => a._count)).toEqual(records.map(() => 1));
  }, 600_000);
});

describe("a workbook bomb", () => {
  it("is refused with a message naming the limit while the health endpoint answers", async () => {
    const w = await world();
    const record = await queue(sharedStringsBomb(), w, "xlsx");
    const answers: number[] = [];
    const done = await waitFor("the bomb to be refused", async () => {
      answers.push((await health.GET()).status);
      return ended(record.id)();
    });
    expect(done.status).toBe("REJECTED");
    expect((done.errors as { message: string }[])[0]?.message).toBe(
      "The workbook's xl/sharedStrings.xml unpacks to more than 512 MB (the limit on an XLSX part's decompressed size)",
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers)).toEqual(new Set([200]));
    await expectNothingLeft(record.id, "xlsx");
  }, 300_000);
});
