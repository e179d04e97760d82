// Creating, editing and closing contracts through the real actions against Postgres.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { closeContract, createContract, updateContract } from "@/lib/contracts/actions";
import { db } from "@/lib/db";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createLotMembership, createSupplier } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const audits = (entityId: string) =>
  db.auditEvent.findMany({ where: { entityType: "Contract", entityId }, orderBy: { id: "asc" } });

function callOff(over: Record<string, string | undefined> = {}) {
  return {
    title: `Call-off ${Math.random().toString(36).slice(2)}`,
    routeToMarket: "FRAMEWORK_CALL_OFF",
    lotId: w.lot.id,
    leadPartnerId: w.lead.id,
    awardValue: "£6,000,000.00",
    awardDate: "2024-03-01",
    startDate: "2024-04-01",
    endDate: "2026-03-31",
    numberOfTenderers: "4",
    hasExitPlan: "on",
    formId: crypto.randomUUID(),
    ...over,
  };
}

const countByTitle = (title: string) => db.contract.count({ where: { title } });

describe("createContract", () => {
  it("creates a call-off in the lead's department with its audit event", async () => {
    actAs(w.users.lead);
    const values = callOff();
    const target = await redirectTarget(createContract(idle, form(values)));
    const id = target.replace("/contracts/", "");
    const contract = await db.contract.findUniqueOrThrow({ where: { id } });
    expect(contract).toMatchObject({
      departmentId: w.dept.id,
      lotId: w.lot.id,
      procurementMethod: "SELECTIVE",
      status: "ACTIVE",
      hasExitPlan: true,
      hasBreakClause: false,
      version: 1,
      numberOfTenderers: 4,
    });
    expect(contract.awardValue.toString()).toBe("6000000");
    expect(contract.currentValue.toString()).toBe("6000000");
    const events = await audits(id);
    expect(events.map((e) => e.action)).toEqual(["contract.create"]);
    expect(events[0]!.actorId).toBe(w.users.lead.id);
  });

  it("refuses a call-off without a lot, and saves nothing", async () => {
    actAs(w.users.lead);
    const values = callOff({ lotId: undefined });
    const result = await createContract(idle, form(values));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { lotId: [expect.stringMatching(/needs the framework lot/)] },
    });
    expect(await countByTitle(values.title)).toBe(0);
  });

  it.each([
    ["not on the lot", async () => (await createSupplier()).id, /not a member of this lot/],
    [
      "only claimed",
      async () => {
        const s = await createSupplier();
        await createLotMembership(s.id, w.lot.id, { status: "CLAIMED" });
        return s.id;
      },
      /not been verified/,
    ],
    [
      "verified but expired before award",
      async () => {
        const s = await createSupplier();
        await createLotMembership(s.id, w.lot.id, { endDate: new Date("2024-02-29") });
        return s.id;
      },
      /does not cover the award date/,
    ],
  ])("refuses a call-off whose lead partner is %s, with nothing saved or audited", async (_case, makeLead, message) => {
    const leadPartnerId = await makeLead();
    actAs(w.users.lead);
    const values = callOff({ leadPartnerId });
    const result = await createContract(idle, form(values));
    expect(result).toMatchObject({
      status: "error",
      message: expect.stringMatching(message),
      fieldErrors: { leadPartnerId: [expect.stringMatching(message)] },
    });
    expect(await countByTitle(values.title)).toBe(0);
  });

  it("a direct award needs a recorded justification, and publishes as OCDS direct after the Act", async () => {
    actAs(w.users.lead);
    const without = callOff({ routeToMarket: "DIRECT_AWARD", lotId: undefined });
    expect(await createContract(idle, form(without))).toMatchObject({
      fieldErrors: { directAwardJustification: [expect.any(String)] },
    });
    expect(await countByTitle(without.title)).toBe(0);
    const withReason = callOff({
      routeToMarket: "DIRECT_AWARD",
      lotId: w.lot.id,
      awardDate: "2025-06-01",
      startDate: "2025-06-01",
      directAwardJustification: "Extreme urgency (Schedule 5).",
    });
    const id = (await redirectTarget(createContract(idle, form(withReason)))).replace("/contracts/", "");
    // The lot sent with a direct award is not kept: only call-offs have one.
    expect(await db.contract.findUniqueOrThrow({ where: { id } })).toMatchObject({
      procurementMethod: "DIRECT",
      lotId: null,
      directAwardJustification: "Extreme urgency (Schedule 5).",
    });
  });

  it("names each invalid field: money, dates, end before start", async () => {
    actAs(w.users.lead);
    const result = await createContract(
      idle,
      form(callOff({ title: undefined, awardValue: "6m", awardDate: "01/03/2024", endDate: "2024-01-01" })),
    );
    expect(result.status).toBe("error");
    const fields = result.status === "error" ? Object.keys(result.fieldErrors ?? {}) : [];
    expect(fields).toEqual(expect.arrayContaining(["title", "awardValue", "awardDate"]));
    const endFirst = await createContract(idle, form(callOff({ endDate: "2024-03-31" })));
    expect(endFirst).toMatchObject({ fieldErrors: { endDate: [expect.stringMatching(/on or after the start date/)] } });
  });

  it("refuses a lead naming another department, auditors and suppliers", async () => {
    actAs(w.users.lead);
    await expectForbidden(createContract(idle, form(callOff({ departmentId: w.otherDept.id }))));
    actAs(w.users.auditor);
    await expectForbidden(createContract(idle, form(callOff())));
    actAs(w.users.supplier);
    await expectForbidden(createContract(idle, form(callOff())));
  });

  it("an administrator must name the department", async () => {
    actAs(w.users.admin);
    expect(await createContract(idle, form(callOff()))).toMatchObject({
      fieldErrors: { departmentId: [expect.any(String)] },
    });
    const target = await redirectTarget(createContract(idle, form(callOff({ departmentId: w.otherDept.id }))));
    expect(
      (await db.contract.findUniqueOrThrow({ where: { id: target.replace("/contracts/", "") } })).departmentId,
    ).toBe(w.otherDept.id);
  });
});

describe("updateContract", () => {
  const edit = (id: string, version: number, over: Record<string, string | undefined> = {}) =>
    form({
      ...callOff({ title: "Edited title", routeToMarket: "OPEN", lotId: undefined }),
      id,
      version: String(version),
      status: "ACTIVE",
      ...over,
    });

  it("saves with the version it was opened at, and refuses the second, stale save", async () => {
    actAs(w.users.lead);
    const id = (await redirectTarget(createContract(idle, form(callOff())))).replace("/contracts/", "");
    await redirectTarget(updateContract(idle, edit(id, 1, { title: "First editor" })));
    const stale = await updateContract(idle, edit(id, 1, { title: "Second editor" }));
    expect(stale).toMatchObject({
      status: "error",
      message: expect.stringMatching(/changed by someone else since you opened it/),
    });
    const contract = await db.contract.findUniqueOrThrow({ where: { id } });
    expect(contract).toMatchObject({ title: "First editor", version: 2, procurementMethod: "OPEN", lotId: null });
    // The award value is not on the edit form: a posted value is ignored.
    expect(contract.awardValue.toString()).toBe("6000000");
    expect((await audits(id)).map((e) => e.action)).toEqual(["contract.create", "contract.update"]);
  });

  it("refuses another department's contract by forged id, and leaves it alone", async () => {
    actAs(w.users.lead);
    await expectForbidden(updateContract(idle, edit(w.otherContract.id, w.otherContract.version)));
    actAs(w.users.auditor);
    await expectForbidden(updateContract(idle, edit(w.contract.id, w.contract.version)));
    actAs(w.users.supplier);
    await expectForbidden(updateContract(idle, edit(w.contract.id, w.contract.version)));
    expect((await db.contract.findUniqueOrThrow({ where: { id: w.otherContract.id } })).title).toBe(
      w.otherContract.title,
    );
  });

  it("applies the call-off rules on edit too", async () => {
    actAs(w.users.lead);
    const id = (await redirectTarget(createContract(idle, form(callOff())))).replace("/contracts/", "");
    const outsiderLead = await updateContract(
      idle,
      edit(id, 1, { routeToMarket: "FRAMEWORK_CALL_OFF", lotId: w.lot.id, leadPartnerId: w.outsider.id }),
    );
    expect(outsiderLead).toMatchObject({
      status: "error",
      fieldErrors: { leadPartnerId: [expect.stringMatching(/not a member/)] },
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});

describe("closeContract", () => {
  it("terminates early with a dated amendment, and refuses to close twice", async () => {
    actAs(w.users.lead);
    const id = (await redirectTarget(createContract(idle, form(callOff())))).replace("/contracts/", "");
    await redirectTarget(
      closeContract(
        idle,
        form({ id, version: "1", status: "TERMINATED", closedOn: "2025-01-31", reason: "Supplier failed to deliver" }),
      ),
    );
    const contract = await db.contract.findUniqueOrThrow({ where: { id }, include: { amendments: true } });
    expect(contract).toMatchObject({ status: "TERMINATED", version: 2 });
    expect(contract.endDate.toISOString().slice(0, 10)).toBe("2025-01-31");
    expect(contract.amendments).toEqual([
      expect.objectContaining({ kind: "OTHER", rationale: expect.stringMatching(/Supplier failed to deliver/) }),
    ]);
    expect(
      await closeContract(
        idle,
        form({ id, version: "2", status: "CANCELLED", closedOn: "2025-02-01", reason: "again" }),
      ),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/already closed/) });
    expect((await audits(id)).map((e) => e.action)).toEqual(["contract.create", "contract.close"]);
  });

  it("needs a reason, and refuses forged ids and read-only roles", async () => {
    actAs(w.users.lead);
    expect(
      await closeContract(idle, form({ id: w.contract.id, version: "1", status: "EXPIRED", closedOn: "2025-01-31" })),
    ).toMatchObject({ fieldErrors: { reason: [expect.any(String)] } });
    await expectForbidden(
      closeContract(
        idle,
        form({ id: w.otherContract.id, version: "1", status: "EXPIRED", closedOn: "2025-01-31", reason: "forged" }),
      ),
    );
    actAs(w.users.auditor);
    await expectForbidden(
      closeContract(
        idle,
        form({ id: w.contract.id, version: "1", status: "EXPIRED", closedOn: "2025-01-31", reason: "x" }),
      ),
    );
    expect((await db.contract.findUniqueOrThrow({ where: { id: w.otherContract.id } })).status).toBe("ACTIVE");
  });
});
