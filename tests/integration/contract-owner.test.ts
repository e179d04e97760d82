// Handing a contract to a new owner: who may, to whom, audited with both owners, refused from a stale page,
// and the next alert goes to the new owner (through the real worker and the test SMTP server).
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { sendJob } from "@/lib/jobs/send";
import { alertScanJob } from "@/lib/jobs/definitions/alert-scan";
import { changeContractOwner } from "@/lib/contracts/owner-actions";
import { STALE_MESSAGE } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createContract, createUser } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";
import { jobsDone } from "@/tests/jobs";
import { receivedBy } from "@/tests/mailbox";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const change = (contractId: string, ownerId: string | undefined, version = 1) =>
  changeContractOwner(idle, form({ contractId, version, ownerId }));

describe("changeContractOwner", () => {
  it("hands the contract on, audits the old and new owner, and says so on the contract page", async () => {
    const [first, second] = [await createUser("ADMIN"), await createUser("ADMIN")];
    const c = await createContract(w.dept.id, w.lead.id, { ownerId: first.id });
    actAs(w.users.lead);
    expect(await redirectTarget(change(c.id, second.id))).toBe(`/contracts/${c.id}`);
    expect(await db.contract.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      ownerId: second.id,
      version: 2,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: c.id, action: "contract.owner" } });
    expect(event).toMatchObject({
      actorId: w.users.lead.id,
      departmentId: w.dept.id,
      before: { owner: `${first.name} (${first.email})` },
      after: { owner: `${second.name} (${second.email})` },
    });
  });

  it("takes only someone who can see the department, and names the field", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const disabled = await db.user.update({
      where: { id: (await createUser("ADMIN")).id },
      data: { disabledAt: new Date() },
    });
    const ungrantedAuditor = await createUser("AUDITOR", { grantedDepartmentIds: [w.otherDept.id] });
    actAs(w.users.lead);
    for (const ownerId of [w.users.otherLead.id, w.users.supplier.id, disabled.id, ungrantedAuditor.id, "no-such"]) {
      expect(await change(c.id, ownerId)).toMatchObject({
        status: "error",
        fieldErrors: { ownerId: [expect.stringMatching(/^Choose the new owner from the list/)] },
      });
    }
    expect(await change(c.id, undefined)).toMatchObject({
      status: "error",
      message: "Check this field: owner.",
      fieldErrors: { ownerId: ["Choose the new owner from the list."] },
    });
    // A lead of the department and an auditor granted it can both see it.
    const grantedAuditor = await createUser("AUDITOR", { grantedDepartmentIds: [w.dept.id] });
    await redirectTarget(change(c.id, grantedAuditor.id));
    await redirectTarget(change(c.id, w.users.lead.id, 2));
    expect(await change(c.id, w.users.lead.id, 3)).toMatchObject({
      fieldErrors: { ownerId: [expect.stringMatching(/already owns this contract/)] },
    });
    expect(await db.auditEvent.count({ where: { entityId: c.id, action: "contract.owner" } })).toBe(2);
  });

  it("refuses callers who may not write, and contracts outside the caller's department", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    for (const user of [w.users.auditor, w.users.supplier]) {
      actAs(user);
      await expectForbidden(change(c.id, w.users.admin.id));
    }
    actAs(w.users.otherLead);
    await expectForbidden(change(c.id, w.users.otherLead.id));
    expect((await db.contract.findUniqueOrThrow({ where: { id: c.id } })).ownerId).toBeNull();
  });

  it("of two changes from pages opened at the same version, one is saved and the other refused", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const [a, b] = [await createUser("ADMIN"), await createUser("ADMIN")];
    actAs(w.users.lead);
    const outcomes = await Promise.allSettled([change(c.id, a.id), change(c.id, b.id)]);
    const refused = outcomes.filter((o) => o.status === "fulfilled");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ value: { status: "error", message: STALE_MESSAGE } });
    const saved = await db.contract.findUniqueOrThrow({ where: { id: c.id } });
    expect(saved.version).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: c.id, action: "contract.owner" } })).toBe(1);
    expect([a.id, b.id]).toContain(saved.ownerId);
  });

  it("sends the next alert to the new owner, not the old one", async () => {
    // Administrators as owners: they are not the department's leads, who are told anyway.
    const [before, after] = [await createUser("ADMIN"), await createUser("ADMIN")];
    // A far-future end date of its own: no other test's contract falls due on the scan's day.
    const c = await createContract(w.dept.id, w.lead.id, { ownerId: before.id, endDate: new Date("2047-03-15") });
    actAs(w.users.lead);
    await redirectTarget(change(c.id, after.id));
    await sendJob(alertScanJob, { on: "2045-09-15", kinds: ["REPROCUREMENT"] });
    await jobsDone("alert-scan");
    await jobsDone("mail-delivery");
    expect(receivedBy(after.email).map((m) => m.subject)).toEqual([`Re-procurement: "${c.title}" ends on 15 Mar 2047`]);
    expect(receivedBy(before.email)).toEqual([]);
  });
});
