// The import page after a restart (issue 15): the app as `npm start` runs it (scripts/start.ts: migrations, the
// production web server and a job worker) on a PostgreSQL cluster of our own. A commercial lead uploads a
// 60,000-row spend file; while it is being read the whole app (every process of it) is SIGKILLed, as when its
// machine or container dies; started again, the lead loads the import's page over HTTP until it settles. The page
// must end saying what the database holds (the job taken over by the new worker, every row written once) and may
// never say "the import carries on" while no job is left that could carry it on. Nor may it for an import the app
// was killed too early to queue (its upload recorded, its job never sent): that one is said to be lost.
// On a clean clone the first start builds the app (.ci/run builds it in the step before).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { LOST_IMPORT_REASON } from "@/lib/jobs/definitions/import-outcome";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { loopbackAddress, request, sessionCookie } from "@/tests/e2e/http-client";
import { generatedCsv } from "@/tests/fixtures/spend-files";
import { createCluster, freePort, migrate, type Cluster } from "@/tests/pg-cluster";

const DB = "partnerscope";
const LEAD = "lead.hmrc@partnerscope.example";
const ROWS = 60_000;
let cluster: Cluster;
let dataDir: string;
let port: number;
let app: ChildProcess | undefined;
let env: NodeJS.ProcessEnv;

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 300_000) {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const logFile = () => path.join(dataDir, "app.log");

function appEnv(): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  // What the test process set for itself (vitest's NODE_ENV=test, the test mail server, the test audit key).
  for (const name of [
    "NODE_ENV",
    "SMTP_URL",
    "MAIL_FROM",
    "AUDIT_SIGNING_KEY",
    "AUDIT_CHECKPOINT_FILE",
    "NEXTAUTH_URL",
  ])
    delete inherited[name];
  return {
    ...inherited,
    DATABASE_URL: cluster.url(DB),
    DATABASE_REPLICA_URLS: "",
    PORT: String(port),
    // The generated audit key and checkpoints live here, kept across the restart as in .data/.
    PARTNERSCOPE_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: randomBytes(36).toString("base64url"),
    // A lost job is taken over within seconds (the defaults are 30 s each).
    JOB_HEARTBEAT_SECONDS: "10",
    JOB_SUPERVISE_SECONDS: "2",
    JOB_RETRY_DELAY_SECONDS: "1",
  };
}

/** `npm start` in a process group of its own, so that SIGKILL reaches every process of the app. */
async function startApp() {
  const log = openSync(logFile(), "a");
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log); // the app holds its own copy
  // The first start of a clean clone builds the app first.
  await waitFor(
    "the app to answer",
    async () => (await request({ from: "127.0.0.1", port, path: "/api/health" })).status === 200,
    900_000,
  );
}

/** SIGKILL to the app's whole process group (start.ts, the web server, the worker, its parsing child). */
async function killApp() {
  const pid = app!.pid!;
  process.kill(-pid, "SIGKILL");
  await waitFor("every process of the app to be gone", async () => {
    try {
      process.kill(-pid, 0);
      return false;
    } catch {
      return true;
    }
  });
  app = undefined;
}

const importRow = async (id: string) =>
  (
    await cluster.query<{ status: string; rowsRead: number; rowsWritten: number }>(
      `SELECT status::text, "rowsRead", "rowsWritten" FROM "Import" WHERE id = $1`,
      [id],
      DB,
    )
  )[0]!;

/** Jobs for the import that could still run (its own, a retry, its dead letter). */
const liveJobs = async (id: string) =>
  (
    await cluster.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'importId' = $1 AND state IN ('created', 'retry', 'active')`,
      [id],
      DB,
    )
  )[0]!.n;

/**
 * The page's words as a person reads them: no scripts (the RSC payload repeats the text), no tags. React's
 * comments between text parts and a figure's line-break opportunities (<wbr>) show as nothing.
 */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<!--[\s\S]*?-->|<wbr\s*\/?>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function multipartCsv(fileName: string, file: string) {
  const boundary = `partnerscope-${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    readFileSync(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

beforeAll(async () => {
  cluster = await createCluster();
  await cluster.query(`CREATE DATABASE ${DB}`);
  await migrate(cluster.url(DB));
  // The demo accounts and reference suppliers on a small data set (start.ts then finds the database seeded).
  await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "prisma/seed.ts", "--suppliers", "30", "--contracts", "30", "--spend-rows", "200"],
    { env: { ...process.env, DATABASE_URL: cluster.url(DB) } },
  );
  dataDir = mkdtempSync(path.join(tmpdir(), "partnerscope-restart-"));
  port = await freePort();
  env = appEnv();
}, 180_000);

afterAll(async () => {
  if (app) await killApp().catch(() => undefined);
  await cluster?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the import page after the app is killed mid-import and started again", () => {
  it("shows the import taken over and completed with every row written once, never a run nobody carries on", async () => {
    onTestFailed(() => console.error(`The app's log:\n${readFileSync(logFile(), "utf8").slice(-6000)}`));
    await startApp();
    const from = loopbackAddress();
    const cookie = await sessionCookie(from, LEAD, DEMO_PASSWORD, port);
    // A registered supplier's name, so the import completes without waiting for matches.
    const [supplier] = await cluster.query<{ legalName: string }>(
      `SELECT "legalName" FROM "Supplier" WHERE "legalName" = 'Palantir Technologies UK Ltd'`,
      [],
      DB,
    );
    const file = generatedCsv(ROWS, supplier!.legalName);
    const fileName = `restart-${randomUUID().slice(0, 8)}.csv`;
    const upload = multipartCsv(fileName, file.path);
    const uploaded = await request({
      from,
      port,
      method: "POST",
      path: "/imports/upload?kind=spend",
      headers: { Cookie: cookie, "Content-Type": upload.contentType, "Content-Length": String(upload.body.length) },
      body: upload.body,
    });
    expect(uploaded.status).toBe(303);
    const importId = uploaded.headers.location!.split("/").pop()!;

    await waitFor("the worker to be reading the file", async () => (await importRow(importId)).rowsRead > 0);
    await killApp();
    // Killed mid-import: running by the database's account, with nobody left to run it.
    expect((await importRow(importId)).status).toMatch(/^(PARSING|WRITING)$/);

    await startApp();
    // The page, read until it says the import ended. Each time, first: is a job left that could still run it? If
    // none is, the page must not say the import carries on.
    const deadline = Date.now() + 300_000;
    let final = "";
    while (!final) {
      const live = await liveJobs(importId);
      const page = await request({ from, port, path: `/imports/${importId}`, headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      const text = textOf(page.body);
      const carriesOn = text.includes("the import carries on");
      expect(carriesOn && live === 0 ? text : null, "says it carries on with no job left to run it").toBeNull();
      if (!carriesOn) final = text;
      else if (Date.now() > deadline) throw new Error(`The import page still says it carries on: ${text}`);
      else await new Promise((r) => setTimeout(r, 500));
    }
    expect(final).toContain(`${fileName} HM Revenue and Customs · Completed`);
    expect(final).toContain("Import complete: 60,000 payments added, 0 already held.");
    expect(final).toContain("Rows read 60,000 Rows written 60,000");

    // And the page is right: every row written once, by a second attempt, nothing left staged.
    expect(await importRow(importId)).toEqual({ status: "COMPLETED", rowsRead: ROWS, rowsWritten: ROWS });
    const [written] = await cluster.query<{ rows: number; total: string }>(
      `SELECT count(*)::int AS rows, sum(amount)::text AS total FROM "SpendTransaction" WHERE "importId" = $1`,
      [importId],
      DB,
    );
    expect(written).toEqual({ rows: ROWS, total: file.total });
    // The job is marked done just after its handler has finished the import.
    const job = await waitFor("the job to be marked done", async () => {
      const [row] = await cluster.query<{ state: string; retry_count: number }>(
        `SELECT state::text, retry_count FROM pgboss.job WHERE name = 'spend-import' AND data->>'importId' = $1`,
        [importId],
        DB,
      );
      return row?.state === "active" ? null : row;
    });
    expect(job).toEqual({ state: "completed", retry_count: 1 });
    const [staged] = await cluster.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "StagedSpendRow" WHERE "importId" = $1`,
      [importId],
      DB,
    );
    expect(staged!.n).toBe(0);
  }, 1_200_000);
});

describe("the import page for a running import whose job is gone", () => {
  it("says the import was lost, never that it carries on", async () => {
    if (!app) await startApp();
    const from = loopbackAddress();
    const cookie = await sessionCookie(from, LEAD, DEMO_PASSWORD, port);
    // What the upload route leaves when the app is killed after recording the upload, before queueing its job: a
    // QUEUED import naming a job the queue never had.
    const importId = `lost${randomUUID().replace(/-/g, "")}`;
    const fileName = `lost-${importId.slice(4, 12)}.csv`;
    await cluster.query(
      `INSERT INTO "Import" (id, kind, "fileName", "fileSha256", "departmentId", status, "jobId")
       SELECT $1, 'SPEND_CSV', $2, '', id, 'QUEUED', gen_random_uuid()::text FROM "Department" WHERE name = 'HM Revenue and Customs'`,
      [importId, fileName],
      DB,
    );
    const page = await request({ from, port, path: `/imports/${importId}`, headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain(`${fileName} HM Revenue and Customs · Failed`);
    expect(text).toContain(LOST_IMPORT_REASON);
    expect(text).not.toContain("carries on");
  }, 600_000);
});
