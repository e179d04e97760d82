// Tampering with the audit trail directly in SQL, with the database's protection lifted, is detected.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appendAuditEvent } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { db } from "@/lib/db";
import { listAuditEvents, getAuditChainVerification } from "@/lib/audit/queries";
import { AuditListParamsSchema } from "@/lib/audit/schema";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { createDepartment, createUser } from "@/tests/factories";

const actor = { id: "tamper-test", email: "tamper@example.org" };

async function threeEvents(departmentId: string | null = null) {
  const entityId = randomUUID();
  const events = [];
  for (const action of ["contract.create", "contract.update", "contract.close"] as const) {
    events.push(
      await db.$transaction((tx) =>
        appendAuditEvent(tx, {
          actor,
          action,
          entityType: "Test",
          entityId,
          departmentId,
          after: { action },
        }),
      ),
    );
  }
  return events;
}

/** Runs SQL with the append-only triggers lifted, as only a database owner could. */
async function withProtectionLifted(sql: string) {
  await db.$transaction([
    db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_or_delete`),
    db.$executeRawUnsafe(sql),
    db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_or_delete`),
  ]);
}

describe("audit chain verification", () => {
  it("verifies an untouched stretch of the chain", async () => {
    const [first, , third] = await threeEvents();
    const result = await verifyAuditChain(db, { fromId: first!.id, toId: third!.id });
    expect(result).toMatchObject({ checked: 3, break: null });
  });

  it("finds an event altered with the protection lifted, then passes once it is restored", async () => {
    const [first, second, third] = await threeEvents();
    await withProtectionLifted(`UPDATE "AuditEvent" SET after = '{"action":"forged"}' WHERE id = ${second!.id}`);
    try {
      const result = await verifyAuditChain(db, { fromId: first!.id, toId: third!.id });
      expect(result.break).toEqual({ id: second!.id, reason: "hash" });
      expect(result.checked).toBe(1);
    } finally {
      await withProtectionLifted(
        `UPDATE "AuditEvent" SET after = '{"action":"contract.update"}' WHERE id = ${second!.id}`,
      );
    }
    expect((await verifyAuditChain(db, { fromId: first!.id, toId: third!.id })).break).toBeNull();
  });

  it("finds a deleted event by the broken link after it", async () => {
    const [first, second, third] = await threeEvents();
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: second!.id } });
    await withProtectionLifted(`DELETE FROM "AuditEvent" WHERE id = ${second!.id}`);
    try {
      expect((await verifyAuditChain(db, { fromId: first!.id, toId: third!.id })).break).toEqual({
        id: third!.id,
        reason: "link",
      });
    } finally {
      await db.$transaction([
        db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_or_delete`),
        db.auditEvent.create({ data: { ...original, before: undefined, after: original.after ?? undefined } }),
        db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_or_delete`),
      ]);
    }
  });
});

describe("who reads the audit trail", () => {
  it("an auditor sees only the events of the departments granted", async () => {
    const [granted, other] = await Promise.all([createDepartment(), createDepartment()]);
    await threeEvents(granted.id);
    await threeEvents(other.id);
    actAs(await createUser("AUDITOR", { grantedDepartmentIds: [granted.id] }));
    const page = await listAuditEvents(AuditListParamsSchema.parse({ q: "tamper@example.org", entityType: "Test" }));
    expect(page.rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(page.rows.map((r) => r.departmentId))).toEqual(new Set([granted.id]));
  });

  it("commercial leads and suppliers may not open it", async () => {
    const department = await createDepartment();
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    await expectForbidden(listAuditEvents(AuditListParamsSchema.parse({})));
    await expectForbidden(getAuditChainVerification());
  });
});
