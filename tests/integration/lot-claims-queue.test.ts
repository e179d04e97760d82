// The administrators' lot claims queue (filters, search, paging, newest first) and a framework lot's
// verified members, through the real queries the pages call.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listLotMembers } from "@/lib/frameworks/queries";
import { listLotClaims } from "@/lib/lots/queries";
import { LotClaimsParamsSchema } from "@/lib/lots/schema";
import { PAGE_SIZE } from "@/lib/pagination";
import { expectForbidden } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { companiesHouseNumber, createLot, createLotMembership, createSupplier, createUser } from "@/tests/factories";

/** The queue as the page reads it from the URL. */
const queue = (params: Record<string, string | undefined>) => listLotClaims(LotClaimsParamsSchema.parse(params));
const names = (page: { rows: Array<{ supplier: { legalName: string } }> }) =>
  page.rows.map((r) => r.supplier.legalName);
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** A framework with two lots, and a second framework: claims on each, of every status, a minute apart. */
async function frameworksWithClaims() {
  const tag = randomUUID().slice(0, 8);
  const lotA = await createLot();
  const lotB = await db.lot.create({ data: { frameworkId: lotA.frameworkId, number: "2", name: `Lot B ${tag}` } });
  const elsewhere = await createLot();
  const supplier = (name: string) =>
    createSupplier({ legalName: `${name} ${tag} Ltd`, companiesHouseNumber: companiesHouseNumber() });
  const [waitingA, verifiedA, rejectedA, waitingB, waitingElsewhere] = await Promise.all(
    ["Alder Waiting", "Birch Verified", "Cedar Rejected", "Damson Waiting", "Elm Elsewhere"].map(supplier),
  );
  const claim = (s: { id: string }, lotId: string, status: "CLAIMED" | "VERIFIED" | "REJECTED", age: number) =>
    createLotMembership(s.id, lotId, { status, createdAt: minutesAgo(age) });
  await claim(waitingA!, lotA.id, "CLAIMED", 5);
  await claim(verifiedA!, lotA.id, "VERIFIED", 4);
  await claim(rejectedA!, lotA.id, "REJECTED", 3);
  await claim(waitingB!, lotB.id, "CLAIMED", 2);
  await claim(waitingElsewhere!, elsewhere.id, "CLAIMED", 1);
  actAs(await createUser("ADMIN"));
  return { tag, lotA, lotB, elsewhere, waitingA: waitingA!, waitingB: waitingB! };
}

describe("the lot claims queue", () => {
  it("shows claims waiting for a decision by default, newest first; each status, or all, on asking", async () => {
    const { tag, lotA } = await frameworksWithClaims();
    const framework = lotA.frameworkId;
    expect(names(await queue({ frameworkId: framework }))).toEqual([
      `Damson Waiting ${tag} Ltd`,
      `Alder Waiting ${tag} Ltd`,
    ]);
    expect(names(await queue({ frameworkId: framework, status: "VERIFIED" }))).toEqual([`Birch Verified ${tag} Ltd`]);
    expect(names(await queue({ frameworkId: framework, status: "REJECTED" }))).toEqual([`Cedar Rejected ${tag} Ltd`]);
    expect(names(await queue({ frameworkId: framework, status: "ALL" }))).toEqual([
      `Damson Waiting ${tag} Ltd`,
      `Cedar Rejected ${tag} Ltd`,
      `Birch Verified ${tag} Ltd`,
      `Alder Waiting ${tag} Ltd`,
    ]);
    // A status the page does not know is the default, not an error.
    expect(names(await queue({ frameworkId: framework, status: "EVERYTHING" }))).toHaveLength(2);
  });

  it("filters by framework or by one of its lots; a lot wins over a framework it is not on", async () => {
    const { tag, lotA, lotB, elsewhere } = await frameworksWithClaims();
    const all = { status: "ALL" };
    expect(names(await queue({ ...all, lotId: lotB.id }))).toEqual([`Damson Waiting ${tag} Ltd`]);
    expect(names(await queue({ ...all, lotId: lotA.id }))).toHaveLength(3);
    expect(names(await queue({ ...all, frameworkId: elsewhere.frameworkId }))).toEqual([`Elm Elsewhere ${tag} Ltd`]);
    expect(names(await queue({ ...all, frameworkId: lotA.frameworkId }))).not.toContain(`Elm Elsewhere ${tag} Ltd`);
    expect(names(await queue({ ...all, frameworkId: elsewhere.frameworkId, lotId: lotB.id }))).toEqual([
      `Damson Waiting ${tag} Ltd`,
    ]);
  });

  it("finds a supplier by any part of its name, any case, or by the start of its Companies House number", async () => {
    const { tag, waitingB } = await frameworksWithClaims();
    expect(names(await queue({ q: `damson WAITING ${tag}` }))).toEqual([`Damson Waiting ${tag} Ltd`]);
    expect(names(await queue({ q: `${tag}`, status: "ALL" }))).toHaveLength(5);
    const number = waitingB.companiesHouseNumber!;
    expect(names(await queue({ q: ` ${number.slice(0, 2).toLowerCase()} ${number.slice(2)} ` }))).toEqual([
      `Damson Waiting ${tag} Ltd`,
    ]);
    expect((await queue({ q: `nobody-${tag}` })).total).toBe(0);
  });

  it("pages the queue, newest first, and says how many there are", async () => {
    const lot = await createLot();
    const tag = randomUUID().slice(0, 8);
    const count = PAGE_SIZE + 2;
    for (let i = 0; i < count; i++) {
      const supplier = await createSupplier({ legalName: `Claimant ${String(i).padStart(2, "0")} ${tag}` });
      await createLotMembership(supplier.id, lot.id, { status: "CLAIMED", createdAt: minutesAgo(count - i) });
    }
    actAs(await createUser("ADMIN"));
    const first = await queue({ lotId: lot.id });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]!.supplier.legalName).toBe(`Claimant ${count - 1} ${tag}`);
    const second = await queue({ lotId: lot.id, page: "2" });
    expect(names(second)).toEqual([`Claimant 01 ${tag}`, `Claimant 00 ${tag}`]);
    // Nothing shown twice or skipped across the pages.
    expect(new Set([...names(first), ...names(second)]).size).toBe(count);
  });

  it("is for administrators only", async () => {
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(queue({}));
    const supplier = await createSupplier();
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    await expectForbidden(queue({}));
  });
});

describe("a framework lot's members", () => {
  it("lists only verified members of that lot, by name, with their dates, a page at a time", async () => {
    const lot = await createLot();
    const otherLot = await db.lot.create({ data: { frameworkId: lot.frameworkId, number: "2", name: "Other lot" } });
    const tag = randomUUID().slice(0, 8);
    const count = PAGE_SIZE + 1;
    for (let i = count - 1; i >= 0; i--) {
      const supplier = await createSupplier({ legalName: `Member ${String(i).padStart(2, "0")} ${tag}` });
      await createLotMembership(supplier.id, lot.id, {
        startDate: new Date("2024-03-01"),
        endDate: i === 0 ? null : new Date("2027-02-28"),
        verifiedAt: new Date("2024-03-05"),
      });
    }
    const [claimed, rejected, onOtherLot] = await Promise.all(
      ["Claimed", "Rejected", "Other lot's"].map((n) => createSupplier({ legalName: `${n} ${tag}` })),
    );
    await createLotMembership(claimed!.id, lot.id, { status: "CLAIMED" });
    await createLotMembership(rejected!.id, lot.id, { status: "REJECTED" });
    await createLotMembership(onOtherLot!.id, otherLot.id);
    // Reference data: any signed-in role reads it.
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));

    const first = await listLotMembers(lot.frameworkId, lot.id, 1);
    expect(first).toMatchObject({ total: count, pageCount: 2 });
    expect(first.rows[0]).toMatchObject({
      supplier: { legalName: `Member 00 ${tag}` },
      startDate: new Date("2024-03-01"),
      endDate: null,
      verifiedAt: new Date("2024-03-05"),
    });
    expect(names(first)).toEqual(
      Array.from({ length: PAGE_SIZE }, (_, i) => `Member ${String(i).padStart(2, "0")} ${tag}`),
    );
    expect(names(await listLotMembers(lot.frameworkId, lot.id, 2))).toEqual([`Member ${PAGE_SIZE} ${tag}`]);
    expect(names(await listLotMembers(lot.frameworkId, otherLot.id, 1))).toEqual([`Other lot's ${tag}`]);
    // A lot asked for under another framework's page shows nobody.
    const other = await createLot();
    expect((await listLotMembers(other.frameworkId, lot.id, 1)).total).toBe(0);
  });
});
