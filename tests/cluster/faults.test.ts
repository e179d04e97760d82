// PostgreSQL restarted under the app, on a cluster of our own (never the shared server): a burst of edits
// loses no acknowledged write and the app recovers by itself; meanwhile actions answer "try again" and the
// health endpoint 503; an import interrupted mid-way leaves nothing behind.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/database/unavailable";
import { actAs } from "@/tests/auth";
import { form } from "@/tests/actions";
import { createCluster, migrate, type Cluster } from "@/tests/pg-cluster";

const DB = "partnerscope";
let cluster: Cluster;
// The app's own modules, loaded against this cluster (lib/env reads DATABASE_URL when first imported).
let db: PrismaClient;
let app: {
  health: typeof import("@/app/api/health/route");
  ready: typeof import("@/app/api/ready/route");
  users: typeof import("@/lib/users/actions");
  factories: typeof import("@/tests/factories");
  audit: typeof import("@/lib/audit/record");
};

beforeAll(async () => {
  cluster = await createCluster();
  await cluster.query(`CREATE DATABASE ${DB}`);
  await migrate(cluster.url(DB));
  process.env.DATABASE_URL = cluster.url(DB);
  delete (globalThis as { prisma?: unknown }).prisma;
  vi.resetModules();
  db = (await import("@/lib/db")).db;
  app = {
    health: await import("@/app/api/health/route"),
    ready: await import("@/app/api/ready/route"),
    users: await import("@/lib/users/actions"),
    factories: await import("@/tests/factories"),
    audit: await import("@/lib/audit/record"),
  };
}, 180_000);

afterAll(async () => {
  // The cluster first: it must not outlive a failed run.
  await cluster?.destroy();
  await db?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
});

/** A promise with its resolve, for "when this has happened" milestones (no timed waits). */
function milestone() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Liveness and readiness together, as a load balancer sees them. */
async function probes() {
  return [(await app.health.GET()).status, (await app.ready.GET()).status];
}

describe("PostgreSQL restarted under the app", () => {
  it("loses no acknowledged edit in a burst, reports the rest as errors, says 'try again', and recovers by itself", async () => {
    const admin = await app.factories.createUser("ADMIN");
    const run = randomUUID().slice(0, 8);
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let sequence = 0;
    let ackedAfterRestart = 0;
    let restarted = false;
    let stopping = false;
    const warmedUp = milestone();
    const failing = milestone();
    const recovered = milestone();

    // An edit as actions make it: the change and its audit event in one transaction.
    async function writer() {
      while (!stopping) {
        const name = `Burst ${run} ${sequence++}`;
        try {
          await db.$transaction(async (tx) => {
            const department = await tx.department.create({ data: { name, type: "OTHER" } });
            await app.audit.recordAudit(tx, {
              actor: admin,
              action: "department.create",
              entityType: "Department",
              entityId: department.id,
              after: department,
            });
          });
          acknowledged.push(name);
          if (acknowledged.length >= 20) warmedUp.resolve();
          if (restarted && ++ackedAfterRestart >= 20) recovered.resolve();
        } catch (error) {
          failures.push(error);
          if (failures.length >= 3) failing.resolve();
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }
    const writers = Promise.all([writer(), writer(), writer(), writer()]);

    await warmedUp.promise;
    await cluster.stop(); // fast shutdown: in-flight transactions are cut (57P01)
    await failing.promise;
    expect(await probes()).toEqual([503, 503]);
    actAs(admin);
    expect(await app.users.signOutEverywhere({ status: "idle" }, form({ userId: admin.id }))).toEqual({
      status: "error",
      message: DATABASE_UNAVAILABLE,
    });

    await cluster.start();
    restarted = true;
    await recovered.promise; // the same pool reconnects: no restart of the app
    stopping = true;
    await writers;

    expect(await probes()).toEqual([200, 200]);
    expect(await app.users.signOutEverywhere({ status: "idle" }, form({ userId: admin.id }))).toMatchObject({
      status: "success",
    });
    const rows = await cluster.query<{ name: string }>(
      `SELECT name FROM "Department" WHERE name LIKE $1`,
      [`Burst ${run} %`],
      DB,
    );
    const stored = new Set(rows.map((r) => r.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    expect(failures.length).toBeGreaterThan(0);
    const unrecognised = failures.filter((e) => !isDatabaseUnavailable(e));
    expect(unrecognised.map(String)).toEqual([]);
  });
});

// "No partial import": a multi-statement transaction (an Import row, then SpendTransaction rows in batches)
// is held mid-way by a trigger, the database is restarted under it, and nothing of it survives.
// To cover the spend importer (issue 5) once it lands, replace `importSpend` below with a call to the real
// importer on a generated file of a few hundred rows: the trigger holds the 50th SpendTransaction row however
// it is written (createMany, COPY via pg-copy-streams), so the test proves the importer writes in ONE transaction.
const HOLD_LOCK = 8_000_008;

async function importSpend(marker: string, departmentId: string, supplierId: string, rows: number) {
  await db.$transaction(
    async (tx) => {
      const created = await tx.import.create({
        data: { kind: "SPEND_CSV", fileName: marker, fileSha256: marker, departmentId, status: "WRITING" },
      });
      for (let start = 0; start < rows; start += 20) {
        const batch = Array.from({ length: Math.min(20, rows - start) }, (_, i) => ({
          kind: "DIRECT" as const,
          departmentId,
          payeeSupplierId: supplierId,
          paidOn: new Date("2026-04-01"),
          amount: "1234.56",
          description: marker,
          importId: created.id,
          fingerprint: `${marker}-${start + i}`,
        }));
        await tx.spendTransaction.createMany({ data: batch });
      }
      await tx.import.update({ where: { id: created.id }, data: { status: "COMPLETED", rowsWritten: rows } });
    },
    { timeout: 600_000 },
  );
}

describe("an import interrupted by a restart", () => {
  it("leaves no Import row and no spend rows", async () => {
    const department = await app.factories.createDepartment();
    const supplier = await app.factories.createSupplier();
    const marker = `interrupted-${randomUUID()}`;
    await cluster.query(
      `CREATE SEQUENCE IF NOT EXISTS fault_rows;
       SELECT setval('fault_rows', 1, false);
       CREATE OR REPLACE FUNCTION fault_hold() RETURNS trigger AS $$
       BEGIN
         IF nextval('fault_rows') = 50 THEN PERFORM pg_advisory_xact_lock_shared(${HOLD_LOCK}); END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql;
       DROP TRIGGER IF EXISTS fault_hold ON "SpendTransaction";
       CREATE TRIGGER fault_hold BEFORE INSERT ON "SpendTransaction" FOR EACH ROW EXECUTE FUNCTION fault_hold();`,
      [],
      DB,
    );
    const holder = new pg.Client({ connectionString: cluster.url(DB) });
    holder.on("error", () => undefined); // it is cut by the shutdown, as intended
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [HOLD_LOCK]);

    const importing = importSpend(marker, department.id, supplier.id, 500).then(
      () => null,
      (error: unknown) => error,
    );
    // Mid-way: the import's transaction has written its Import row and 49 spend rows and waits on the 50th.
    for (;;) {
      const [waiting] = await cluster.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
        [],
        DB,
      );
      if (waiting!.n > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await cluster.stop();
    const error = await importing;
    expect(error, "the interrupted import must fail, not report success").not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    await cluster.start();
    await cluster.query(`DROP TRIGGER fault_hold ON "SpendTransaction"`, [], DB);

    const [left] = await cluster.query<{ imports: number; spend: number }>(
      `SELECT (SELECT count(*)::int FROM "Import" WHERE "fileName" = $1) AS imports,
              (SELECT count(*)::int FROM "SpendTransaction" WHERE description = $1) AS spend`,
      [marker],
      DB,
    );
    expect(left).toEqual({ imports: 0, spend: 0 });
    // And the database takes the same import whole once it is back.
    await importSpend(marker, department.id, supplier.id, 500);
    expect(await db.spendTransaction.count({ where: { description: marker } })).toBe(500);
    // The interrupted transaction's connection went back to the pool: closing the pool waits for every
    // connection, so this returns only if none leaked (before lib/database/pg-adapter.ts it never did).
    await db.$disconnect();
    expect(await db.department.count({ where: { id: department.id } })).toBe(1);
  });
});
