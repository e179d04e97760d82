// Issue 16, item 6: rules that held only one request at a time, replayed as parallel requests (Promise.all of
// the real actions) against PostgreSQL. Every loser gets a message, never a crash.
import { beforeAll, describe, expect, it } from "vitest";
import { idle, type ActionState } from "@/lib/actions/state";
import { createContract as createContractAction } from "@/lib/contracts/actions";
import { db } from "@/lib/db";
import { claimLotMembership } from "@/lib/lots/actions";
import { addMember } from "@/lib/partnerships/actions";
import { supplyChainReturnJob } from "@/lib/jobs/definitions/supply-chain-return";
import { uploadReturnCsv } from "@/lib/supply-chain/actions";
import { returnSavedMessage } from "@/lib/supply-chain/outcome-text";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import {
  addMember as addMemberRow,
  companiesHouseNumber,
  createContract,
  createLot,
  createSpend,
  createSupplier,
  createUser,
} from "@/tests/factories";
import { buildContractWorld } from "@/tests/integration/contract-world";
import { attemptContext, jobsDone } from "@/tests/jobs";
import { returnCsv } from "@/tests/returns";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

/** What each parallel call ended with: a redirect (saved), a returned state, or a crash. */
async function outcomes(calls: Array<Promise<unknown>>) {
  return Promise.all(
    calls.map((call) =>
      call.then(
        (state) => ({ kind: "state" as const, state: state as ActionState }),
        (error: { digest?: string; message?: string }) =>
          error?.digest?.startsWith("NEXT_REDIRECT")
            ? { kind: "saved" as const, to: error.digest.split(";")[2] }
            : { kind: "crash" as const, error: String(error?.message ?? error) },
      ),
    ),
  );
}

const joinAs = (contractId: string, supplierId: string, pledgedSharePercent: string) =>
  addMember(idle, form({ contractId, supplierId, role: "delivery", pledgedSharePercent, joinedOn: "2025-01-01" }));

describe("partnerships under parallel requests", () => {
  it("four members at 45% added at once: at most 100% pledged, the others told why", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const members = await Promise.all(Array.from({ length: 4 }, () => createSupplier()));
    actAs(w.users.lead);
    const results = await outcomes(members.map((m) => joinAs(c.id, m.id, "45")));
    expect(results.filter((r) => r.kind === "crash")).toEqual([]);
    expect(results.filter((r) => r.kind === "saved")).toHaveLength(2);
    const refused = results.filter((r) => r.kind === "state");
    expect(refused).toHaveLength(2);
    for (const r of refused)
      expect(r.kind === "state" && r.state).toMatchObject({
        status: "error",
        fieldErrors: { pledgedSharePercent: [expect.stringMatching(/at most 100%/)] },
      });
    const current = await db.partnershipMember.findMany({ where: { contractId: c.id, leftOn: null } });
    expect(current.reduce((sum, m) => sum + Number(m.pledgedSharePercent), 0)).toBe(90);
  });

  it("one supplier added six times at once: one current membership, five told it is already a member", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const member = await createSupplier();
    actAs(w.users.lead);
    const results = await outcomes(Array.from({ length: 6 }, () => joinAs(c.id, member.id, "10")));
    expect(results.filter((r) => r.kind === "crash")).toEqual([]);
    expect(results.filter((r) => r.kind === "saved")).toHaveLength(1);
    for (const r of results.filter((r) => r.kind === "state"))
      expect(r.kind === "state" && r.state.status === "error" && r.state.message).toMatch(/already a member/);
    expect(await db.partnershipMember.count({ where: { contractId: c.id, supplierId: member.id, leftOn: null } })).toBe(
      1,
    );
  });

  it("the database holds one current membership per supplier, whoever writes", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const member = await createSupplier();
    await addMemberRow(c.id, member.id);
    await expect(addMemberRow(c.id, member.id)).rejects.toThrow(/Unique constraint/);
    // A past membership does not stand in the way of rejoining.
    await db.partnershipMember.updateMany({
      where: { contractId: c.id, supplierId: member.id },
      data: { leftOn: new Date("2025-06-30") },
    });
    await expect(addMemberRow(c.id, member.id)).resolves.toBeTruthy();
  });
});

describe("lot claims under parallel requests", () => {
  it("five identical claims in one burst make one open claim; the rest are told it is waiting", async () => {
    const [supplier, lot] = await Promise.all([createSupplier(), createLot()]);
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    const results = await outcomes(
      Array.from({ length: 5 }, () =>
        claimLotMembership(idle, form({ lotId: lot.id, startDate: "2024-01-01", endDate: "2026-12-31" })),
      ),
    );
    expect(results.filter((r) => r.kind === "crash")).toEqual([]);
    const states = results.map((r) => (r.kind === "state" ? r.state : null));
    expect(states.filter((s) => s?.status === "success")).toHaveLength(1);
    for (const s of states.filter((s) => s?.status === "error"))
      expect(s && s.status === "error" && s.message).toMatch(/already waiting for verification/);
    expect(await db.lotMembership.count({ where: { supplierId: supplier.id, lotId: lot.id, status: "CLAIMED" } })).toBe(
      1,
    );
  });
});

describe("supply-chain returns under parallel requests", () => {
  it("the same return sent four times at once, its jobs run at once: saved once, the others say it was already reported", async () => {
    const lead = await createSupplier();
    const sme = await createSupplier({ companiesHouseNumber: companiesHouseNumber() });
    const c = await createContract(w.dept.id, lead.id, { reference: `RACE-${lead.id}` });
    await addMemberRow(c.id, sme.id, { joinedOn: new Date("2024-02-01") });
    // The buyer paid the lead that month: a return may pass on up to what the lead received.
    await createSpend(w.dept.id, lead.id, "2024-04-15", "10000.00", { contractId: c.id });
    const user = await createUser("SUPPLIER_USER", { supplierId: lead.id });
    actAs(user);
    const csv = () => returnCsv([`${c.reference},2024-04,${sme.companiesHouseNumber},5000`]);
    const results = await outcomes(Array.from({ length: 4 }, () => uploadReturnCsv(idle, csv())));
    expect(results.filter((r) => r.kind !== "saved")).toEqual([]);
    const ids = results.map((r) => (r.kind === "saved" ? new URL(r.to!, "http://x").searchParams.get("return")! : ""));
    // Four workers' attempts at once, besides the shared worker's own: each upload is written by one of them.
    const attempt = (importId: string) =>
      supplyChainReturnJob.handle(
        { importId, actor: { id: user.id, email: user.email }, supplierId: lead.id },
        attemptContext(),
      );
    const attempts = await outcomes(ids.map(attempt));
    expect(attempts.filter((r) => r.kind === "crash")).toEqual([]);
    await jobsDone("supply-chain-return");
    const uploads = await db.import.findMany({ where: { id: { in: ids } } });
    const messages = uploads.map((u) =>
      u.status === "COMPLETED" ? returnSavedMessage(u.rowsWritten, u.duplicatesSkipped) : u.status,
    );
    expect(messages.filter((m) => m === "Return saved: 1 payment added.")).toHaveLength(1);
    expect(messages.filter((m) => /0 payments added; 1 already reported/.test(m))).toHaveLength(3);
    expect(await db.spendTransaction.count({ where: { contractId: c.id, kind: "INDIRECT" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: { in: ids }, action: "supply-chain-return.submit" } })).toBe(
      4,
    );
  });
});

describe("new contracts under parallel requests", () => {
  it("one submitted form posted five times at once makes one contract, and every post ends at it", async () => {
    actAs(w.users.lead);
    const values = {
      title: `Twice ${Math.random().toString(36).slice(2)}`,
      routeToMarket: "OPEN",
      leadPartnerId: w.lead.id,
      awardValue: "250000",
      awardDate: "2025-01-10",
      startDate: "2025-02-01",
      endDate: "2026-01-31",
      formId: crypto.randomUUID(),
    };
    const results = await outcomes(Array.from({ length: 5 }, () => createContractAction(idle, form(values))));
    expect(results.filter((r) => r.kind !== "saved")).toEqual([]);
    const contracts = await db.contract.findMany({ where: { title: values.title } });
    expect(contracts).toHaveLength(1);
    expect(new Set(results.map((r) => r.kind === "saved" && r.to))).toEqual(
      new Set([`/contracts/${contracts[0]!.id}`]),
    );
    expect(await db.auditEvent.count({ where: { entityId: contracts[0]!.id, action: "contract.create" } })).toBe(1);
  });

  it("a form without its key is refused with a message", async () => {
    actAs(w.users.lead);
    const result = await createContractAction(
      idle,
      form({
        title: "No key",
        routeToMarket: "OPEN",
        leadPartnerId: w.lead.id,
        awardValue: "1",
        awardDate: "2025-01-10",
        startDate: "2025-02-01",
        endDate: "2026-01-31",
      }),
    );
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { formId: [expect.stringMatching(/reload the page/)] },
    });
  });
});
