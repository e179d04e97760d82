// The audit trail: appended in the writer's transaction, chained by hash, refused any change by Postgres.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findChainBreak } from "@/lib/audit/chain";
import { appendAuditEvent, recordAudit, withAuditAtEnd } from "@/lib/audit/record";
import { db } from "@/lib/db";

const actor = { id: "user-1", email: "someone@example.org" };

describe("audit trail", () => {
  it("links each event to the one before it, and the whole chain verifies", async () => {
    const entityId = randomUUID();
    for (const action of ["contract.create", "contract.update"] as const) {
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actor,
          action,
          entityType: "Contract",
          entityId,
          before: { value: "1.00" },
          after: { value: "2.50", at: new Date("2026-01-01") },
        }),
      );
    }
    const events = await db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[1]!.prevHash).not.toBeNull();
    // Other tests append concurrently: check the stretch from this test's first event to its last.
    const stretch = await db.auditEvent.findMany({
      where: { id: { gte: events[0]!.id, lte: events[1]!.id } },
      orderBy: { id: "asc" },
    });
    expect(findChainBreak(stretch, stretch[0]!.prevHash)).toBeNull();
    expect(events[1]!.prevHash).toBe(stretch[stretch.length - 2]!.hash);
  });

  it("rolls back with the change it records", async () => {
    const entityId = randomUUID();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actor, action: "contract.update", entityType: "Contract", entityId });
        throw new Error("validation failed after the audit write");
      }),
    ).rejects.toThrow("validation failed");
    expect(await db.auditEvent.count({ where: { entityId } })).toBe(0);
  });

  it("the database refuses updates and deletes of audit events", async () => {
    const event = await db.$transaction((tx) =>
      appendAuditEvent(tx, { actor, action: "contract.update", entityType: "Test", entityId: randomUUID() }),
    );
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET action = 'forged' WHERE id = ${event.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("contract.update");
  });

  it("holds a long transaction's events back to its end, so other audited saves do not wait for it", async () => {
    const [longId, otherId] = [randomUUID(), randomUUID()];
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let recorded!: () => void;
    const firstEventRecorded = new Promise<void>((resolve) => (recorded = resolve));
    // An import-like transaction: records an event early, then goes on working until told to finish.
    const long = db.$transaction(
      (tx) =>
        withAuditAtEnd(tx, async () => {
          await recordAudit(tx, { actor, action: "supplier.create", entityType: "Supplier", entityId: longId });
          recorded();
          await finished;
        }),
      { timeout: 60_000 },
    );
    await firstEventRecorded;
    // Someone else's save meanwhile: with the chain's lock held by the long transaction it would wait for it
    // (here, for ever: the long one finishes only after this save) and fail at its 5 s transaction limit.
    await db.$transaction((tx) =>
      recordAudit(tx, { actor, action: "contract.update", entityType: "Contract", entityId: otherId }),
    );
    finish();
    await long;
    const events = await db.auditEvent.findMany({
      where: { entityId: { in: [longId, otherId] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.entityId)).toEqual([otherId, longId]);
    const stretch = await db.auditEvent.findMany({
      where: { id: { gte: events[0]!.id, lte: events[1]!.id } },
      orderBy: { id: "asc" },
    });
    expect(findChainBreak(stretch, stretch[0]!.prevHash)).toBeNull();
  });
});
