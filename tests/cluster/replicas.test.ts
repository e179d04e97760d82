// A real primary and a streaming replica (pg_basebackup) on their own ports: reads are served by the
// replica, writes go to the primary and reach the replica, and read-your-own-writes sends a user's reads
// to the primary while it must see what it just saved.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFromPrimary, runOnPrimary } from "@/lib/database/fresh-reads";
import { createPrismaClient } from "@/lib/prisma-client";
import { createCluster, createReplica, migrate, type Cluster } from "@/tests/pg-cluster";

const DB = "partnerscope";
let primary: Cluster;
let replica: Cluster;
let client: PrismaClient;
let fresh = false;

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicated() {
  const [{ lsn }] = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn", [], DB)) as [
    { lsn: string },
  ];
  for (;;) {
    const [{ done }] = (await replica.query<{ done: boolean }>(
      "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done",
      [lsn],
      DB,
    )) as [{ done: boolean }];
    if (done) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const department = (name: string) => ({ name, type: "CENTRAL_GOVERNMENT" as const });

beforeAll(async () => {
  primary = await createCluster();
  await primary.query(`CREATE DATABASE ${DB}`);
  await migrate(primary.url(DB));
  replica = await createReplica(primary);
  client = createPrismaClient({
    url: primary.url(DB),
    replicaUrls: [replica.url(DB)],
    poolMax: 2,
    readFromPrimary: () => fresh,
  });
}, 180_000);

afterAll(async () => {
  // The clusters first: they must not outlive a failed run.
  await replica?.destroy();
  await primary?.destroy();
  await client?.$disconnect();
});

describe("read replicas", () => {
  it("serves the read path from the replica and raw SQL and writes from the primary", async () => {
    const routed = client as unknown as { $replica(): PrismaClient; $primary(): PrismaClient };
    const [onReplica] = await routed.$replica().$queryRaw<[{ r: boolean }]>`SELECT pg_is_in_recovery() AS r`;
    const [onPrimary] = await client.$queryRaw<[{ r: boolean }]>`SELECT pg_is_in_recovery() AS r`;
    expect(onReplica.r).toBe(true);
    expect(onPrimary.r).toBe(false);
  });

  it("writes reach the replica", async () => {
    const name = `Replicated ${randomUUID()}`;
    await client.department.create({ data: department(name) });
    await replicated();
    expect(await replica.query('SELECT 1 FROM "Department" WHERE name = $1', [name], DB)).toHaveLength(1);
    expect(await client.department.findUnique({ where: { name } })).toMatchObject({ name });
  });

  it("model reads go to the replica, and to the primary while the user must see their own write", async () => {
    await replica.query("SELECT pg_wal_replay_pause()", [], DB);
    try {
      const name = `Saved just now ${randomUUID()}`;
      const saved = await client.department.create({ data: department(name) });
      // The paused replica has not seen the row: a read that finds nothing was served by it.
      expect(await client.department.findUnique({ where: { id: saved.id } })).toBeNull();
      expect(await client.department.count({ where: { name } })).toBe(0);
      fresh = true;
      expect(await client.department.findUnique({ where: { id: saved.id } })).toMatchObject({ name });
      expect(await client.department.count({ where: { name } })).toBe(1);
      fresh = false;
      expect(await client.department.findFirst({ where: { name } })).toBeNull();
    } finally {
      fresh = false;
      await replica.query("SELECT pg_wal_replay_resume()", [], DB);
    }
    await replicated();
    expect(await client.department.count({ where: { name: { startsWith: "Saved just now" } } })).toBeGreaterThan(0);
  });

  it("sends every read inside an action to the primary (the app's own routing, as lib/db.ts wires it)", async () => {
    const app = createPrismaClient({
      url: primary.url(DB),
      replicaUrls: [replica.url(DB)],
      poolMax: 2,
      readFromPrimary,
    });
    await replica.query("SELECT pg_wal_replay_pause()", [], DB);
    try {
      const saved = await app.department.create({ data: department(`Action ${randomUUID()}`) });
      expect(await app.department.findUnique({ where: { id: saved.id } })).toBeNull();
      expect(await runOnPrimary(() => app.department.findUnique({ where: { id: saved.id } }))).toMatchObject({
        id: saved.id,
      });
    } finally {
      await replica.query("SELECT pg_wal_replay_resume()", [], DB);
      await app.$disconnect();
    }
  });

  it.each([false, true])(
    "keeps every query of a transaction on its connection (reads pinned to primary: %s)",
    async (pinned) => {
      await replica.query("SELECT pg_wal_replay_pause()", [], DB);
      fresh = pinned;
      try {
        const name = `In a transaction ${randomUUID()}`;
        const seen = await client.$transaction(async (tx) => {
          await tx.department.create({ data: department(name) });
          return tx.department.findUnique({ where: { name } });
        });
        expect(seen).toMatchObject({ name });
        // A transaction that fails takes its writes with it: none of them escaped to another connection.
        const rolledBack = `Rolled back ${randomUUID()}`;
        await expect(
          client.$transaction(async (tx) => {
            await tx.department.create({ data: department(rolledBack) });
            throw new Error("changed my mind");
          }),
        ).rejects.toThrow("changed my mind");
        expect(await primary.query(`SELECT 1 FROM "Department" WHERE name = $1`, [rolledBack], DB)).toHaveLength(0);
      } finally {
        fresh = false;
        await replica.query("SELECT pg_wal_replay_resume()", [], DB);
      }
    },
  );
});
