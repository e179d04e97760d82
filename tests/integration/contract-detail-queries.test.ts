// The contract page's spend and audit history, scoped like the contract itself.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { recordAmendment } from "@/lib/amendments/actions";
import { getContractSpend, listContractAuditEvents } from "@/lib/contracts/detail-queries";
import { db } from "@/lib/db";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { addMember, createSupplier, createUser } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
  await addMember(w.contract.id, w.member.id);
  const base = { departmentId: w.dept.id, contractId: w.contract.id, paidOn: new Date("2025-01-10") };
  await db.spendTransaction.createMany({
    data: [
      { ...base, kind: "DIRECT", payeeSupplierId: w.lead.id, amount: "100000.10", fingerprint: randomUUID() },
      {
        ...base,
        kind: "DIRECT",
        payeeSupplierId: w.lead.id,
        amount: "50000.20",
        fingerprint: randomUUID(),
        paidOn: new Date("2025-02-10"),
      },
      {
        ...base,
        kind: "INDIRECT",
        payerSupplierId: w.lead.id,
        payeeSupplierId: w.member.id,
        amount: "12000.00",
        fingerprint: randomUUID(),
      },
    ],
  });
});

describe("contract detail queries", () => {
  it("sums direct spend and indirect spend per member, exactly", async () => {
    actAs(w.users.lead);
    const spend = await getContractSpend(w.contract.id);
    expect(spend.direct?.toString()).toBe("150000.3");
    expect(spend.directPayments).toBe(2);
    expect(spend.lastPaidOn?.toISOString().slice(0, 10)).toBe("2025-02-10");
    expect(spend.indirectByPayee.get(w.member.id)?.toString()).toBe("12000");
  });

  it("a consortium member sees only what it was paid, not what other members were", async () => {
    const other = await createSupplier();
    await addMember(w.contract.id, other.id);
    await db.spendTransaction.create({
      data: {
        departmentId: w.dept.id,
        contractId: w.contract.id,
        paidOn: new Date("2025-01-20"),
        kind: "INDIRECT",
        payerSupplierId: w.lead.id,
        payeeSupplierId: other.id,
        amount: "7000.00",
        fingerprint: randomUUID(),
      },
    });
    actAs(await createUser("SUPPLIER_USER", { supplierId: other.id }));
    const spend = await getContractSpend(w.contract.id);
    expect([...spend.indirectByPayee.keys()]).toEqual([other.id]);
    actAs(await createUser("SUPPLIER_USER", { supplierId: w.lead.id }));
    expect((await getContractSpend(w.contract.id)).indirectByPayee.size).toBe(2);
  });

  it("shows nothing of another department's contract", async () => {
    actAs(w.users.otherLead);
    const spend = await getContractSpend(w.contract.id);
    expect(spend.direct).toBeNull();
    expect(spend.indirectByPayee.size).toBe(0);
    expect(await listContractAuditEvents(w.contract.id)).toBeNull();
  });

  it("lists the contract's audit events to the buyer side and auditors, not to suppliers", async () => {
    actAs(w.users.lead);
    await redirectTarget(
      recordAmendment(
        idle,
        form({
          contractId: w.contract.id,
          kind: "SCOPE_CHANGE",
          date: "2025-03-01",
          rationale: "Adds data migration",
          legalGround: "NOT_SUBSTANTIAL",
        }),
      ),
    );
    expect((await listContractAuditEvents(w.contract.id))?.map((e) => [e.action, e.actorEmail])).toEqual([
      ["amendment.create", w.users.lead.email],
    ]);
    actAs(w.users.auditor);
    expect(await listContractAuditEvents(w.contract.id)).toHaveLength(1);
    actAs(w.users.supplier);
    expect(await listContractAuditEvents(w.contract.id)).toBeNull();
  });
});
