import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCaller } from "@/lib/access/caller";
import { actAs } from "@/tests/auth";
import { createDepartment, createUser } from "@/tests/factories";

// getCaller is one SQL statement (user, auditor grants, session check): each way a session stops working.
describe("getCaller", () => {
  it("reads the caller's role, scope and auditor grants", async () => {
    const [a, b] = await Promise.all([createDepartment(), createDepartment()]);
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: a.id });
    actAs(lead);
    expect(await getCaller()).toEqual({
      id: lead.id,
      email: lead.email,
      name: lead.name,
      role: "COMMERCIAL_LEAD",
      departmentId: a.id,
      supplierId: null,
      auditorDepartments: [],
    });
    const granted = await createUser("AUDITOR", { grantedDepartmentIds: [b.id, a.id] });
    actAs(granted);
    expect((await getCaller())?.auditorDepartments).toEqual([a.id, b.id].sort());
    const all = await createUser("AUDITOR", { auditorAllDepartments: true, grantedDepartmentIds: [a.id] });
    actAs(all);
    expect((await getCaller())?.auditorDepartments).toBe("ALL");
  });

  it("finds no one for a signed-out, expired or unknown session, a disabled account or an old session version", async () => {
    const user = await createUser("ADMIN");
    actAs(user);
    expect((await getCaller())?.id).toBe(user.id);

    await db.userSession.update({ where: { id: `test-session-${user.id}` }, data: { endedAt: new Date() } });
    expect(await getCaller()).toBeNull();

    const expired = await createUser("ADMIN");
    actAs(expired);
    expect((await getCaller())?.id).toBe(expired.id);
    await db.userSession.update({
      where: { id: `test-session-${expired.id}` },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getCaller()).toBeNull();

    const other = await createUser("ADMIN");
    actAs(other, `test-session-${expired.id}-not-${other.id}`);
    expect((await getCaller())?.id).toBe(other.id);
    await db.userSession.delete({ where: { id: `test-session-${expired.id}-not-${other.id}` } });
    expect(await getCaller()).toBeNull();
    // Another user's live session is not this user's.
    const owner = await createUser("ADMIN");
    actAs(owner);
    await getCaller();
    actAs(other, `test-session-${owner.id}`);
    expect(await getCaller()).toBeNull();

    const disabled = await createUser("ADMIN");
    actAs(disabled);
    expect((await getCaller())?.id).toBe(disabled.id);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await getCaller()).toBeNull();

    const revoked = await createUser("ADMIN");
    actAs(revoked);
    expect((await getCaller())?.id).toBe(revoked.id);
    await db.user.update({ where: { id: revoked.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCaller()).toBeNull();
  });
});
