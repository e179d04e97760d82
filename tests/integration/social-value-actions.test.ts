// Social value commitments at award, and deliveries recorded against them.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { addCommitment, recordDelivery } from "@/lib/social-value/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createContract } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const commitment = (contractId: string, over: Record<string, string | undefined> = {}) =>
  form({
    contractId,
    theme: "Equal opportunity",
    description: "Apprenticeships for local people",
    measure: "apprentice weeks",
    target: "520",
    accountableSupplierId: w.lead.id,
    ...over,
  });

const createCommitment = (contractId: string) =>
  db.socialValueCommitment.create({
    data: {
      contractId,
      theme: "Wellbeing",
      description: "Volunteering",
      measure: "hours",
      target: "100",
      accountableSupplierId: w.lead.id,
    },
  });

describe("addCommitment", () => {
  it("records the commitment with its accountable partner, audited", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    actAs(w.users.lead);
    expect(await redirectTarget(addCommitment(idle, commitment(c.id)))).toBe(`/contracts/${c.id}#social-value`);
    const [row] = await db.socialValueCommitment.findMany({ where: { contractId: c.id } });
    expect(row).toMatchObject({
      theme: "Equal opportunity",
      measure: "apprentice weeks",
      accountableSupplierId: w.lead.id,
    });
    expect(row!.target.toString()).toBe("520");
    expect((await db.auditEvent.findMany({ where: { entityId: c.id } })).map((e) => e.action)).toEqual([
      "social-value.commit",
    ]);
  });

  it("refuses an accountable partner outside the partnership and an invalid target", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    actAs(w.users.lead);
    expect(await addCommitment(idle, commitment(c.id, { accountableSupplierId: w.outsider.id }))).toMatchObject({
      fieldErrors: { accountableSupplierId: [expect.any(String)] },
    });
    expect(await addCommitment(idle, commitment(c.id, { target: "lots", theme: undefined }))).toMatchObject({
      fieldErrors: { target: [expect.any(String)], theme: [expect.any(String)] },
    });
    expect(await db.socialValueCommitment.count({ where: { contractId: c.id } })).toBe(0);
  });

  it("refuses forged ids, auditors and suppliers", async () => {
    actAs(w.users.lead);
    await expectForbidden(addCommitment(idle, commitment(w.otherContract.id)));
    actAs(w.users.auditor);
    await expectForbidden(addCommitment(idle, commitment(w.contract.id)));
    actAs(w.users.supplier);
    await expectForbidden(addCommitment(idle, commitment(w.contract.id)));
    expect(
      await db.socialValueCommitment.count({ where: { contractId: { in: [w.contract.id, w.otherContract.id] } } }),
    ).toBe(0);
  });
});

describe("recordDelivery", () => {
  it("records a dated delivery against the commitment", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const sv = await createCommitment(c.id);
    actAs(w.users.lead);
    await redirectTarget(
      recordDelivery(
        idle,
        form({ contractId: c.id, commitmentId: sv.id, deliveredOn: "2025-04-01", amount: "37.5", note: "Q1 return" }),
      ),
    );
    const rows = await db.socialValueDelivery.findMany({ where: { commitmentId: sv.id } });
    expect(rows.map((r) => [r.amount.toString(), r.note])).toEqual([["37.5", "Q1 return"]]);
  });

  it("refuses a missing amount, and another contract's commitment", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const sv = await createCommitment(c.id);
    const foreign = await createCommitment(w.otherContract.id);
    actAs(w.users.lead);
    expect(
      await recordDelivery(idle, form({ contractId: c.id, commitmentId: sv.id, deliveredOn: "2025-04-01" })),
    ).toMatchObject({ fieldErrors: { amount: [expect.any(String)] } });
    await expectForbidden(
      recordDelivery(
        idle,
        form({ contractId: c.id, commitmentId: foreign.id, deliveredOn: "2025-04-01", amount: "1" }),
      ),
    );
    await expectForbidden(
      recordDelivery(
        idle,
        form({ contractId: w.otherContract.id, commitmentId: foreign.id, deliveredOn: "2025-04-01", amount: "1" }),
      ),
    );
    actAs(w.users.auditor);
    await expectForbidden(
      recordDelivery(idle, form({ contractId: c.id, commitmentId: sv.id, deliveredOn: "2025-04-01", amount: "1" })),
    );
    expect(await db.socialValueDelivery.count({ where: { commitmentId: { in: [sv.id, foreign.id] } } })).toBe(0);
  });
});
