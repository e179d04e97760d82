// The overview's "Needs your attention": what is waiting for each role, counted in the caller's scope
// only, against a fixed today so that renewal and return months are known.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOverview } from "@/lib/overview/queries";
import { actAs } from "@/tests/auth";
import {
  addMember,
  createContract,
  createDepartment,
  createLot,
  createLotMembership,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";

const today = new Date("2026-11-27T12:00:00Z");
const keys = (items: { key: string }[] | null) => items?.map((i) => i.key) ?? null;

async function buyerWorld() {
  const dept = await createDepartment();
  const lead = await createSupplier();
  // £2m ending in four months: re-procurement (12 months ahead) is late.
  await createContract(dept.id, lead.id, { currentValue: "2000000.00", endDate: new Date("2027-03-31") });
  // £8m with KPIs never assessed, ending in three years: only the KPI item.
  await createContract(dept.id, lead.id, {
    currentValue: "8000000.00",
    awardValue: "8000000.00",
    endDate: new Date("2029-11-30"),
  });
  await db.import.create({
    data: {
      kind: "SPEND_CSV",
      fileName: "spend.csv",
      fileSha256: "x",
      departmentId: dept.id,
      status: "AWAITING_MATCHES",
      unmatchedSuppliers: 2,
    },
  });
  return dept;
}

describe("overview: needs your attention", () => {
  it("a commercial lead sees their own department's late renewals, overdue KPI assessments and waiting imports, not another's", async () => {
    const [mine, other] = await Promise.all([buyerWorld(), buyerWorld()]);
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: mine.id });
    actAs(lead);
    const overview = await getOverview(today);
    expect(overview.attention?.map((i) => i.text)).toEqual([
      "1 contract ends soon and should already be in re-procurement",
      "1 contract over £5m had no KPI assessment in the last 12 months",
      "1 spend import is waiting for supplier names to be matched",
    ]);
    const otherLead = await createUser("COMMERCIAL_LEAD", { departmentId: other.id });
    await db.contract.updateMany({ where: { departmentId: other.id }, data: { status: "EXPIRED" } });
    await db.import.updateMany({ where: { departmentId: other.id }, data: { status: "COMPLETED" } });
    actAs(otherLead);
    expect((await getOverview(today)).attention).toEqual([]);
  });

  it("an administrator also sees lot claims waiting for verification; an auditor has no list", async () => {
    const [supplier, lot] = await Promise.all([createSupplier(), createLot()]);
    await createLotMembership(supplier.id, lot.id, { status: "CLAIMED" });
    actAs(await createUser("ADMIN"));
    const admin = await getOverview(today);
    expect(keys(admin.attention)).toContain("lot-claims");
    expect(admin.attention?.find((i) => i.key === "lot-claims")?.href).toBe("/lot-claims");
    expect(admin.readable).toBeNull();
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    const auditor = await getOverview(today);
    expect(auditor.attention).toBeNull();
    expect(auditor.readable).toBe("ALL");
  });

  it("tells an auditor which departments were granted, by name, and no others", async () => {
    const [granted, other] = await Promise.all([
      createDepartment({ name: `Granted ${Date.now()}` }),
      createDepartment(),
    ]);
    actAs(await createUser("AUDITOR", { grantedDepartmentIds: [granted.id] }));
    const overview = await getOverview(today);
    expect(overview.readable).toEqual([granted.name]);
    expect(overview.readable).not.toContain(other.name);
  });

  it("a supplier is asked for a current size and last month's return of a partnership it reports on, and told of claims waiting", async () => {
    const dept = await createDepartment();
    const [me, member, lot] = await Promise.all([createSupplier(), createSupplier(), createLot()]);
    await declareSize(me.id, "2024-03-31", true);
    const contract = await createContract(dept.id, me.id);
    await addMember(contract.id, member.id);
    // Led by it with a member but never reported on (no member paid yet), and led with no member: nothing due.
    await addMember((await createContract(dept.id, me.id)).id, member.id);
    await createContract(dept.id, me.id);
    await createLotMembership(me.id, lot.id, { status: "CLAIMED" });
    const user = await createUser("SUPPLIER_USER", { supplierId: me.id });
    actAs(user);
    expect((await getOverview(today)).attention?.map((i) => i.text)).toEqual([
      "Your latest size declaration is from 31 Mar 2024: declare your size from your latest accounts",
      "1 framework lot claim is waiting for an administrator to verify",
    ]);
    // Reported on for September: October's return is now expected, and filing it clears the item.
    await createSpend(dept.id, member.id, "2026-09-30", "1000.00", { contractId: contract.id, payerSupplierId: me.id });
    expect((await getOverview(today)).attention?.map((i) => i.text)).toContain(
      "1 partnership you lead has no supply-chain return for Oct 2026",
    );
    await createSpend(dept.id, member.id, "2026-10-31", "1000.00", { contractId: contract.id, payerSupplierId: me.id });
    await declareSize(me.id, "2026-03-31", true);
    expect(keys((await getOverview(today)).attention)).toEqual(["lot-claims"]);
  });
});
