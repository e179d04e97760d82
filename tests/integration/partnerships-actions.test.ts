// Consortium members join and leave with dates and pledged shares, recorded as amendments.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { addMember, removeMember } from "@/lib/partnerships/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { addMember as addMemberRow, createContract, createSupplier } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const join = (contractId: string, supplierId: string, share = "20", over: Record<string, string | undefined> = {}) =>
  form({ contractId, supplierId, role: "delivery", pledgedSharePercent: share, joinedOn: "2024-03-01", ...over });

describe("addMember", () => {
  it("adds a member with role and share, writes a MEMBER_ADDED amendment and an audit event", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const supplier = await createSupplier();
    actAs(w.users.lead);
    expect(await redirectTarget(addMember(idle, join(c.id, supplier.id, "25.5")))).toBe(
      `/contracts/${c.id}#partnership`,
    );
    const members = await db.partnershipMember.findMany({ where: { contractId: c.id } });
    expect(members).toEqual([expect.objectContaining({ supplierId: supplier.id, role: "delivery", leftOn: null })]);
    expect(members[0]!.pledgedSharePercent.toString()).toBe("25.5");
    const amendments = await db.amendment.findMany({ where: { contractId: c.id } });
    expect(amendments).toEqual([
      expect.objectContaining({ kind: "MEMBER_ADDED", rationale: expect.stringContaining(supplier.legalName) }),
    ]);
    expect((await db.auditEvent.findMany({ where: { entityId: c.id } })).map((e) => e.action)).toEqual([
      "partnership.member-add",
    ]);
  });

  it("keeps pledged shares at 100% or less, counting only current members", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const [a, b, gone, d] = await Promise.all([createSupplier(), createSupplier(), createSupplier(), createSupplier()]);
    await addMemberRow(c.id, a.id, { pledgedSharePercent: "60" });
    await addMemberRow(c.id, gone.id, { pledgedSharePercent: "30", leftOn: new Date("2024-06-01") });
    actAs(w.users.lead);
    const over = await addMember(idle, join(c.id, b.id, "40.01"));
    expect(over).toMatchObject({
      status: "error",
      fieldErrors: { pledgedSharePercent: [expect.stringMatching(/100\.01%.*at most 100%/)] },
    });
    await redirectTarget(addMember(idle, join(c.id, d.id, "40")));
    expect(await db.partnershipMember.count({ where: { contractId: c.id, leftOn: null } })).toBe(2);
  });

  it.each([
    ["the lead partner itself", () => w.lead.id, /lead partner leads/],
    ["a supplier already in", () => w.member.id, /already a member/],
    ["an unknown supplier", () => "no-such-supplier", /from the list/],
  ])("refuses %s and saves nothing", async (_case, supplierId, message) => {
    const c = await createContract(w.dept.id, w.lead.id);
    await addMemberRow(c.id, w.member.id);
    actAs(w.users.lead);
    expect(await addMember(idle, join(c.id, supplierId()))).toMatchObject({
      fieldErrors: { supplierId: [expect.stringMatching(message)] },
    });
    expect(await db.amendment.count({ where: { contractId: c.id } })).toBe(0);
  });

  it("names invalid fields: share over 100, missing role, bad date", async () => {
    actAs(w.users.lead);
    const result = await addMember(
      idle,
      join(w.contract.id, w.outsider.id, "101", { role: undefined, joinedOn: "1 March" }),
    );
    expect(result.status === "error" ? Object.keys(result.fieldErrors ?? {}).sort() : []).toEqual([
      "joinedOn",
      "pledgedSharePercent",
      "role",
    ]);
  });

  it("refuses forged ids, auditors and suppliers", async () => {
    actAs(w.users.lead);
    await expectForbidden(addMember(idle, join(w.otherContract.id, w.outsider.id)));
    actAs(w.users.auditor);
    await expectForbidden(addMember(idle, join(w.contract.id, w.outsider.id)));
    actAs(w.users.supplier);
    await expectForbidden(addMember(idle, join(w.contract.id, w.outsider.id)));
    expect(
      await db.partnershipMember.count({ where: { contractId: { in: [w.contract.id, w.otherContract.id] } } }),
    ).toBe(0);
  });
});

describe("removeMember", () => {
  it("records the leaving date (the row stays as history) with a MEMBER_REMOVED amendment", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const m = await addMemberRow(c.id, w.member.id);
    actAs(w.users.lead);
    await redirectTarget(
      removeMember(
        idle,
        form({ contractId: c.id, memberId: m.id, leftOn: "2025-06-30", reason: "Work package finished" }),
      ),
    );
    const row = await db.partnershipMember.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.leftOn?.toISOString().slice(0, 10)).toBe("2025-06-30");
    expect(await db.amendment.findMany({ where: { contractId: c.id } })).toEqual([
      expect.objectContaining({ kind: "MEMBER_REMOVED", rationale: expect.stringMatching(/Work package finished/) }),
    ]);
    expect(
      await removeMember(idle, form({ contractId: c.id, memberId: m.id, leftOn: "2025-07-01", reason: "again" })),
    ).toMatchObject({ message: expect.stringMatching(/already left/) });
  });

  it("refuses leaving before joining, a missing reason, and a member of another department's contract", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const m = await addMemberRow(c.id, w.member.id);
    const foreign = await addMemberRow(w.otherContract.id, w.member.id);
    actAs(w.users.lead);
    expect(
      await removeMember(idle, form({ contractId: c.id, memberId: m.id, leftOn: "2024-01-01", reason: "x" })),
    ).toMatchObject({ fieldErrors: { leftOn: [expect.any(String)] } });
    expect(await removeMember(idle, form({ contractId: c.id, memberId: m.id, leftOn: "2025-01-01" }))).toMatchObject({
      fieldErrors: { reason: [expect.any(String)] },
    });
    // Own contract id with another contract's member id, and the other contract's own ids: both refused.
    await expectForbidden(
      removeMember(idle, form({ contractId: c.id, memberId: foreign.id, leftOn: "2025-01-01", reason: "forged" })),
    );
    await expectForbidden(
      removeMember(
        idle,
        form({ contractId: w.otherContract.id, memberId: foreign.id, leftOn: "2025-01-01", reason: "forged" }),
      ),
    );
    actAs(w.users.auditor);
    await expectForbidden(
      removeMember(idle, form({ contractId: c.id, memberId: m.id, leftOn: "2025-01-01", reason: "x" })),
    );
    expect(
      (await db.partnershipMember.findMany({ where: { id: { in: [m.id, foreign.id] } } })).map((r) => r.leftOn),
    ).toEqual([null, null]);
  });
});
