// The audit trail export: the caller's scope, with hashes, and the export itself becomes an event.
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/audit/route";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { createDepartment, createUser } from "@/tests/factories";

describe("GET /api/exports/audit", () => {
  it("exports the granted departments' events with their hashes, filtered", async () => {
    const [granted, other] = await Promise.all([createDepartment(), createDepartment()]);
    const marker = `exported.${randomUUID().slice(0, 8)}`;
    for (const departmentId of [granted.id, other.id]) {
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actor: { id: null, email: `${marker}@example.org` },
          action: "contract.update",
          entityType: "Test",
          departmentId,
        }),
      );
    }
    const auditor = await createUser("AUDITOR", { grantedDepartmentIds: [granted.id] });
    actAs(auditor);
    const response = await GET(new Request(`http://localhost/api/exports/audit?q=${marker}`));
    const text = new TextDecoder().decode((await response.arrayBuffer()).slice(3));
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Actor: `${marker}@example.org`,
      Action: "contract.update",
      "Department id": granted.id,
    });
    expect(rows[0]!.Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.auditEvent.count({ where: { actorId: auditor.id, action: "export.audit-trail" } })).toBe(1);
  });

  it("commercial leads may not export the audit trail; a bad format is named", async () => {
    const department = await createDepartment();
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    await expectForbidden(GET(new Request("http://localhost/api/exports/audit")));
    actAs(await createUser("ADMIN"));
    const response = await GET(new Request("http://localhost/api/exports/audit?format=docx"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("format: must be csv or xlsx");
  });
});
