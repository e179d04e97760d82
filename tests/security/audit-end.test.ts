// Issue 16, item 5: tampering at the end of the audit trail, done as a database superuser would (triggers
// lifted), on a database of this file's own. Signed checkpoints outside the database catch it; the hash chain
// alone did not.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditHash } from "@/lib/audit/chain";
import { signCheckpoint } from "@/lib/audit/checkpoint";
import { writeCheckpoint, type CheckpointSettings } from "@/lib/audit/checkpoint-store";
import { recordAudit } from "@/lib/audit/record";
import { verifyAuditTrail } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/prisma-client";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/tests/isolated-database";

let isolated: IsolatedDatabase;
let db: PrismaClient;
let settings: CheckpointSettings;
const KEY = "a-key-only-the-app-and-its-operators-know-000";

beforeAll(async () => {
  isolated = await createIsolatedDatabase();
  db = createPrismaClient({ url: isolated.url, poolMax: 2 });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await isolated?.drop();
});

/** As only a superuser could: with the append-only triggers lifted. */
async function asSuperuser(...sql: string[]) {
  await db.$transaction([
    db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`),
    ...sql.map((statement) => db.$executeRawUnsafe(statement)),
    db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`),
  ]);
}

async function record(count: number) {
  for (let i = 0; i < count; i++) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: { id: null, email: "clerk@example.org" },
        action: `contract.update`,
        entityType: "Contract",
        entityId: `c${i}`,
        after: { n: i },
      }),
    );
  }
}

beforeEach(async () => {
  await asSuperuser(`TRUNCATE "AuditEvent"`);
  settings = { file: path.join(os.tmpdir(), `checkpoints-${randomUUID()}.jsonl`), key: KEY };
  await record(5);
  await writeCheckpoint(db, settings);
  await record(2);
});

const verify = () => verifyAuditTrail(db, settings);

describe("the end of the audit trail", () => {
  it("an untouched trail agrees with its checkpoint, which counted itself as an event", async () => {
    const result = await verify();
    expect(result.break).toBeNull();
    expect(result.end).toMatchObject({
      status: "confirmed",
      checkpoints: 1,
      checkpoint: { eventCount: 6 },
      eventsSince: 2,
    });
  });

  it("deleting the last events is detected", async () => {
    const last = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 4 });
    await asSuperuser(`DELETE FROM "AuditEvent" WHERE id >= ${last.at(-1)!.id}`);
    const result = await verify();
    expect(result.break).toBeNull(); // what remains still links: the chain alone says "intact"
    expect(result.end).toMatchObject({ status: "broken", problem: { kind: "missing", checkpoint: { eventCount: 6 } } });
  });

  it("TRUNCATE of the whole table is detected", async () => {
    await asSuperuser(`TRUNCATE "AuditEvent"`);
    const result = await verify();
    expect(result).toMatchObject({
      checked: 0,
      break: null,
      end: { status: "broken", problem: { kind: "missing", lastId: null, eventCount: 0 } },
    });
  });

  it("rewriting an event and recomputing every later hash with the public algorithm is detected", async () => {
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    let prevHash: string | null = null;
    const statements: string[] = [];
    for (const [i, event] of events.entries()) {
      const content = i === 1 ? { ...event, after: { n: "forged" } } : event;
      const hash = auditHash(content, prevHash);
      statements.push(
        `UPDATE "AuditEvent" SET after = '${JSON.stringify(content.after)}', "prevHash" = ${prevHash ? `'${prevHash}'` : "NULL"}, hash = '${hash}' WHERE id = ${event.id}`,
      );
      prevHash = hash;
    }
    await asSuperuser(...statements);
    const result = await verify();
    expect(result.break).toBeNull();
    expect(result.end).toMatchObject({
      status: "broken",
      problem: { kind: "mismatch", checkpoint: { eventCount: 6 } },
    });
  });

  it("a checkpoint forged without the key, to match the tampered trail, is detected", async () => {
    await asSuperuser(`TRUNCATE "AuditEvent"`);
    const forged = signCheckpoint(
      { eventCount: 0, lastId: null, headHash: null, at: new Date().toISOString() },
      "a-guess-at-the-key-that-is-long-enough-0",
    );
    await writeFile(settings.file, `${JSON.stringify(forged)}\n`);
    expect((await verify()).end).toMatchObject({ status: "broken", problem: { kind: "signature", line: 1 } });
  });

  it("an edited checkpoint file is detected", async () => {
    const text = await readFile(settings.file, "utf8");
    await writeFile(settings.file, text.replace(/"eventCount":6/, '"eventCount":4'));
    expect((await verify()).end).toMatchObject({ status: "broken", problem: { kind: "signature" } });
    await writeFile(settings.file, "not a checkpoint\n");
    expect((await verify()).end).toMatchObject({ status: "broken", problem: { kind: "unreadable", line: 1 } });
  });

  it("without a checkpoint, or without the key, the end is reported unchecked rather than intact", async () => {
    expect((await verifyAuditTrail(db, { ...settings, file: `${settings.file}.none` })).end).toEqual({
      status: "no-checkpoint",
    });
    expect((await verifyAuditTrail(db, { ...settings, key: null })).end).toMatchObject({ status: "no-key" });
  });
});

describe("npm run audit:checkpoint and audit:verify", () => {
  const run = (script: string, extra: Record<string, string> = {}) =>
    promisify(execFile)(process.execPath, ["node_modules/.bin/tsx", script], {
      env: {
        ...process.env,
        DATABASE_URL: isolated.url,
        AUDIT_SIGNING_KEY: KEY,
        AUDIT_CHECKPOINT_FILE: settings.file,
        ...extra,
      },
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );

  it("write a checkpoint, verify it, and fail once the trail is emptied", async () => {
    expect(await run("scripts/audit-checkpoint.ts")).toMatchObject({
      code: 0,
      output: expect.stringMatching(/Checkpoint written .*9 events/),
    });
    expect(await run("scripts/audit-verify.ts")).toMatchObject({
      code: 0,
      output: expect.stringMatching(/Audit trail intact: 9 events verified.*2 signed checkpoints/),
    });
    await asSuperuser(`TRUNCATE "AuditEvent"`);
    expect(await run("scripts/audit-verify.ts")).toMatchObject({
      code: 1,
      output: expect.stringMatching(/BROKEN at its end: .*recorded 6 events.*now ends at nothing/),
    });
  }, 60_000);
});

describe("the hourly checkpoint job", () => {
  it("appends a signed checkpoint of the trail's end, which the verification then holds the trail to", async () => {
    const { auditCheckpointJob } = await import("@/lib/jobs/definitions/audit-checkpoint");
    const file = path.join(os.tmpdir(), `checkpoints-job-${randomUUID()}.jsonl`);
    const saved = { key: process.env.AUDIT_SIGNING_KEY, file: process.env.AUDIT_CHECKPOINT_FILE };
    Object.assign(process.env, { AUDIT_SIGNING_KEY: KEY, AUDIT_CHECKPOINT_FILE: file });
    try {
      expect(auditCheckpointJob.schedule).toBe("0 * * * *");
      const result = (await auditCheckpointJob.handle({}, { prisma: db } as never)) as { eventCount: number };
      // 5 events, the fixture's checkpoint event, 2 more, and the job's own checkpoint event.
      expect(result.eventCount).toBe(9);
      expect((await readFile(file, "utf8")).trim().split("\n")).toHaveLength(1);
      const jobSettings = { file, key: KEY };
      expect(await verifyAuditTrail(db, jobSettings)).toMatchObject({
        break: null,
        end: { status: "confirmed", checkpoints: 1, eventsSince: 0 },
      });
      await asSuperuser(`DELETE FROM "AuditEvent" WHERE id = (SELECT max(id) FROM "AuditEvent")`);
      expect((await verifyAuditTrail(db, jobSettings)).end).toMatchObject({ status: "broken" });
    } finally {
      for (const [name, value] of [
        ["AUDIT_SIGNING_KEY", saved.key],
        ["AUDIT_CHECKPOINT_FILE", saved.file],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
