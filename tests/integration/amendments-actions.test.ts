// Extensions and value changes are dated amendments: the award value never changes.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { recordAmendment } from "@/lib/amendments/actions";
import { updateContract } from "@/lib/contracts/actions";
import { db } from "@/lib/db";
import { addMember } from "@/lib/partnerships/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createContract } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const freshContract = () => createContract(w.dept.id, w.lead.id);
const amendmentCount = (contractId: string) => db.amendment.count({ where: { contractId } });

describe("recordAmendment", () => {
  it("an extension moves the end date, counts as used, adds its value change, and is audited", async () => {
    const c = await freshContract();
    actAs(w.users.lead);
    await redirectTarget(
      recordAmendment(
        idle,
        form({
          legalGround: "PROVIDED_FOR_IN_CONTRACT",
          contractId: c.id,
          kind: "EXTENSION",
          date: "2026-12-01",
          rationale: "12-month extension option",
          newEndDate: "2028-01-31",
          valueChange: "250,000.50",
        }),
      ),
    );
    const after = await db.contract.findUniqueOrThrow({ where: { id: c.id }, include: { amendments: true } });
    expect(after.awardValue.toString()).toBe("1000000");
    expect(after.currentValue.toString()).toBe("1250000.5");
    expect(after.endDate.toISOString().slice(0, 10)).toBe("2028-01-31");
    expect(after).toMatchObject({ extensionsUsed: 1, version: 2 });
    expect(after.amendments).toEqual([
      expect.objectContaining({
        kind: "EXTENSION",
        rationale: "12-month extension option",
        createdById: w.users.lead.id,
      }),
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: c.id } });
    expect(events.map((e) => e.action)).toEqual(["amendment.create"]);
  });

  it("value changes add up exactly: current value is award value plus every change", async () => {
    const c = await freshContract();
    actAs(w.users.lead);
    for (const change of ["0.10", "0.20", "-500.00"]) {
      await redirectTarget(
        recordAmendment(
          idle,
          form({
            legalGround: "PROVIDED_FOR_IN_CONTRACT",
            contractId: c.id,
            kind: "VALUE_CHANGE",
            date: "2025-01-01",
            rationale: "Change request",
            valueChange: change,
          }),
        ),
      );
    }
    expect((await db.contract.findUniqueOrThrow({ where: { id: c.id } })).currentValue.toString()).toBe("999500.3");
  });

  it("an edit form opened before an amendment cannot undo it", async () => {
    const c = await freshContract();
    actAs(w.users.lead);
    await redirectTarget(
      recordAmendment(
        idle,
        form({
          legalGround: "PROVIDED_FOR_IN_CONTRACT",
          contractId: c.id,
          kind: "EXTENSION",
          date: "2026-12-01",
          rationale: "Extension",
          newEndDate: "2028-01-31",
        }),
      ),
    );
    const stale = await updateContract(
      idle,
      form({
        id: c.id,
        version: "1",
        status: "ACTIVE",
        title: c.title,
        routeToMarket: "OPEN",
        leadPartnerId: w.lead.id,
        awardDate: "2024-01-15",
        startDate: "2024-02-01",
        endDate: "2027-01-31",
      }),
    );
    expect(stale).toMatchObject({ status: "error", message: expect.stringMatching(/changed by someone else/) });
    expect((await db.contract.findUniqueOrThrow({ where: { id: c.id } })).endDate.toISOString().slice(0, 10)).toBe(
      "2028-01-31",
    );
  });

  it.each([
    [{ kind: "EXTENSION" }, "newEndDate"],
    [{ kind: "EXTENSION", newEndDate: "2026-01-01" }, "newEndDate"],
    [{ kind: "VALUE_CHANGE" }, "valueChange"],
    [{ kind: "VALUE_CHANGE", valueChange: "lots" }, "valueChange"],
    [{ kind: "OTHER", rationale: undefined }, "rationale"],
    [{ kind: "OTHER", date: undefined }, "date"],
  ] as const)("refuses %j, naming %s, and writes nothing", async (values, field) => {
    const c = await freshContract();
    actAs(w.users.lead);
    const result = await recordAmendment(
      idle,
      form({
        legalGround: "PROVIDED_FOR_IN_CONTRACT",
        contractId: c.id,
        date: "2025-01-01",
        rationale: "Because",
        ...values,
      }),
    );
    expect(result.status === "error" && result.fieldErrors?.[field]).toBeTruthy();
    expect(await amendmentCount(c.id)).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: c.id } })).toBe(0);
  });

  it("refuses forged ids from another department, auditors and suppliers", async () => {
    const values = { kind: "VALUE_CHANGE", date: "2025-01-01", rationale: "forged", valueChange: "1000000" };
    actAs(w.users.lead);
    await expectForbidden(
      recordAmendment(
        idle,
        form({ legalGround: "PROVIDED_FOR_IN_CONTRACT", contractId: w.otherContract.id, ...values }),
      ),
    );
    actAs(w.users.auditor);
    await expectForbidden(
      recordAmendment(idle, form({ legalGround: "PROVIDED_FOR_IN_CONTRACT", contractId: w.contract.id, ...values })),
    );
    actAs(w.users.supplier);
    await expectForbidden(
      recordAmendment(idle, form({ legalGround: "PROVIDED_FOR_IN_CONTRACT", contractId: w.contract.id, ...values })),
    );
    expect(await amendmentCount(w.otherContract.id)).toBe(0);
    expect(await amendmentCount(w.contract.id)).toBe(0);
  });
});

describe("closed contracts", () => {
  it("take no more amendments or partnership changes", async () => {
    const c = await createContract(w.dept.id, w.lead.id, { status: "EXPIRED" });
    actAs(w.users.lead);
    expect(
      await recordAmendment(
        idle,
        form({
          legalGround: "PROVIDED_FOR_IN_CONTRACT",
          contractId: c.id,
          kind: "OTHER",
          date: "2025-01-01",
          rationale: "late",
        }),
      ),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/closed/) });
    expect(
      await addMember(
        idle,
        form({
          contractId: c.id,
          supplierId: w.member.id,
          role: "data",
          pledgedSharePercent: "5",
          joinedOn: "2025-01-01",
        }),
      ),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/closed/) });
    expect(await amendmentCount(c.id)).toBe(0);
  });
});

describe("the change ledger", () => {
  it("records the legal ground and an earlier change it is counted together with; the rule then counts them together", async () => {
    const c = await createContract(w.dept.id, w.lead.id, {
      awardDate: new Date("2025-03-03"),
      startDate: new Date("2025-04-01"),
      endDate: new Date("2027-03-31"),
    });
    actAs(w.users.lead);
    const values = {
      contractId: c.id,
      kind: "VALUE_CHANGE",
      rationale: "More trusts",
      legalGround: "ADDITIONAL_SUPPLY",
    };
    await redirectTarget(recordAmendment(idle, form({ ...values, date: "2025-09-01", valueChange: "60000" })));
    const first = await db.amendment.findFirstOrThrow({ where: { contractId: c.id } });
    await redirectTarget(
      recordAmendment(idle, form({ ...values, date: "2025-10-01", valueChange: "50000", connectedToId: first.id })),
    );
    const ledger = await db.amendment.findMany({ where: { contractId: c.id }, orderBy: { date: "asc" } });
    expect(ledger.map((a) => [a.legalGround, a.connectedToId, a.createdById])).toEqual([
      ["ADDITIONAL_SUPPLY", null, w.users.lead.id],
      ["ADDITIONAL_SUPPLY", first.id, w.users.lead.id],
    ]);
    const { getChangeLedger } = await import("@/lib/changes/queries");
    const read = await getChangeLedger(c.id);
    expect(read?.entries.map((e) => [e.verdict.needsNotice, e.verdict.basis, e.author])).toEqual([
      [false, "within-thresholds", w.users.lead.name],
      [true, "counted-together", w.users.lead.name],
    ]);
    expect(read?.drift.value.change.toString()).toBe("110000");
    expect(read?.drift.value.fraction?.toString()).toBe("0.11");
  });

  it("refuses a change without a legal ground, and a link to a change of another contract", async () => {
    const c = await freshContract();
    const other = await freshContract();
    actAs(w.users.lead);
    const missing = await recordAmendment(
      idle,
      form({ contractId: c.id, kind: "SCOPE_CHANGE", date: "2025-01-01", rationale: "Scope" }),
    );
    expect(missing.status === "error" && missing.fieldErrors?.legalGround).toBeTruthy();
    await redirectTarget(
      recordAmendment(
        idle,
        form({
          contractId: other.id,
          kind: "SCOPE_CHANGE",
          date: "2025-01-01",
          rationale: "Scope",
          legalGround: "NOT_SUBSTANTIAL",
        }),
      ),
    );
    const foreign = await db.amendment.findFirstOrThrow({ where: { contractId: other.id } });
    const linked = await recordAmendment(
      idle,
      form({
        contractId: c.id,
        kind: "SCOPE_CHANGE",
        date: "2025-02-01",
        rationale: "Scope",
        legalGround: "NOT_SUBSTANTIAL",
        connectedToId: foreign.id,
      }),
    );
    expect(linked.status === "error" && linked.fieldErrors?.connectedToId).toBeTruthy();
    expect(await amendmentCount(c.id)).toBe(0);
  });

  it("a member joining is a change naming the supplier added", async () => {
    const c = await freshContract();
    const { createSupplier } = await import("@/tests/factories");
    const member = await createSupplier();
    actAs(w.users.lead);
    await redirectTarget(
      addMember(
        idle,
        form({
          contractId: c.id,
          supplierId: member.id,
          role: "data",
          pledgedSharePercent: "5",
          joinedOn: "2025-01-01",
        }),
      ),
    );
    expect(await db.amendment.findFirstOrThrow({ where: { contractId: c.id } })).toMatchObject({
      kind: "MEMBER_ADDED",
      supplierId: member.id,
    });
  });
});
