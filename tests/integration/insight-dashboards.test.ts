// Dashboard figures against hand-computed values and direct SQL over the raw rows, and each role's scope.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { getPartnershipDashboard } from "@/lib/insight/partnership-queries";
import { getSpendDashboard } from "@/lib/insight/queries";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import {
  addMember,
  createContract,
  createDepartment,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";

const noFilters = InsightFiltersSchema.parse({});

async function buildWorld() {
  const [dept, other] = await Promise.all([createDepartment(), createDepartment()]);
  const [lead, sme, grower, big] = await Promise.all([
    createSupplier(),
    createSupplier(),
    createSupplier(),
    createSupplier(),
  ]);
  await Promise.all([
    declareSize(lead.id, "2020-01-01", false),
    declareSize(sme.id, "2020-01-01", true),
    // An SME until 1 June 2025, large from then: its payments count as SME spend only before that date.
    declareSize(grower.id, "2020-01-01", true),
    declareSize(grower.id, "2025-06-01", false),
    declareSize(big.id, "2020-01-01", false),
  ]);
  await db.smeTarget.create({ data: { departmentId: dept.id, financialYearEnd: 2026, directPercent: "30.00" } });
  const contract = await createContract(dept.id, lead.id, {
    currentValue: "9000000.00",
    endDate: new Date("2027-03-31"),
    awardDate: new Date("2024-01-15"),
  });
  await addMember(contract.id, sme.id, { pledgedSharePercent: "20.00" });
  await addMember(contract.id, grower.id, { pledgedSharePercent: "10.00" });
  await Promise.all([
    createSpend(dept.id, lead.id, "2025-05-10", "1000.00", { contractId: contract.id }),
    createSpend(dept.id, grower.id, "2025-05-20", "500.00", { contractId: contract.id }),
    createSpend(dept.id, grower.id, "2025-06-15", "500.00", { contractId: contract.id }),
    createSpend(dept.id, lead.id, "2025-06-30", "2000.00", { contractId: contract.id }),
    // Indirect: the lead passes £400 to the SME member in June.
    createSpend(dept.id, sme.id, "2025-06-20", "400.00", { contractId: contract.id, payerSupplierId: lead.id }),
    createSpend(other.id, big.id, "2025-06-01", "7777.00"),
  ]);
  await refreshSpendAggregates(db, { departmentIds: [dept.id, other.id] });
  const users = {
    lead: await createUser("COMMERCIAL_LEAD", { departmentId: dept.id }),
    otherLead: await createUser("COMMERCIAL_LEAD", { departmentId: other.id }),
    admin: await createUser("ADMIN"),
    auditor: await createUser("AUDITOR", { grantedDepartmentIds: [dept.id] }),
    supplier: await createUser("SUPPLIER_USER", { supplierId: sme.id }),
  };
  return { dept, other, lead, sme, grower, big, contract, users };
}

let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  w = await buildWorld();
});

const money = (v: { toString(): string } | null | undefined) =>
  v === null || v === undefined ? null : Number(v.toString()).toFixed(2);

describe("spend dashboard", () => {
  it("matches hand-computed monthly totals and SME shares judged as at the payment date", async () => {
    actAs(w.users.lead);
    const d = await getSpendDashboard(noFilters);
    const byMonth = Object.fromEntries(d.months.map((m) => [m.month.toISOString().slice(0, 7), m]));
    expect(money(byMonth["2025-05"]?.direct)).toBe("1500.00");
    // May: grower was an SME -> 500 of 1,500 direct.
    expect(byMonth["2025-05"]?.share.direct.toDecimalPlaces(4).toString()).toBe("0.3333");
    // June: grower is large now; direct 2,500, none to SMEs; indirect £400 to the SME = 16%.
    expect(money(byMonth["2025-06"]?.direct)).toBe("2500.00");
    expect(byMonth["2025-06"]?.share.direct.toString()).toBe("0");
    expect(byMonth["2025-06"]?.share.indirect.toString()).toBe("0.16");
    const year = d.smeYears.find((y) => y.financialYearEnd === 2026);
    expect(money(year?.directTotal)).toBe("4000.00");
    expect(year?.share.direct.toString()).toBe("0.125");
    expect(year?.share.indirect.toString()).toBe("0.1");
    expect(year?.directTarget?.toString()).toBe("30");
  });

  it("equals a direct SQL computation over the raw spend rows", async () => {
    actAs(w.users.lead);
    const d = await getSpendDashboard(noFilters);
    const sql = await db.$queryRaw<{ month: Date; direct: string; indirect: string }[]>`
      SELECT date_trunc('month', "paidOn")::date AS month, SUM(amount) FILTER (WHERE kind = 'DIRECT')::text AS direct,
             COALESCE(SUM(amount) FILTER (WHERE kind = 'INDIRECT'), 0)::text AS indirect
        FROM "SpendTransaction" WHERE "departmentId" = ${w.dept.id} GROUP BY 1 ORDER BY 1`;
    expect(d.months.map((m) => [m.month.toISOString(), money(m.direct), money(m.indirect)])).toEqual(
      sql.map((r) => [r.month.toISOString(), money(r.direct), money(r.indirect)]),
    );
    const suppliers = await db.$queryRaw<{ id: string; amount: string }[]>`
      SELECT "payeeSupplierId" AS id, SUM(amount)::text AS amount FROM "SpendTransaction"
       WHERE "departmentId" = ${w.dept.id} AND kind = 'DIRECT' GROUP BY 1 ORDER BY SUM(amount) DESC`;
    expect(d.suppliers.map((s) => [s.supplierId, money(s.amount)])).toEqual(
      suppliers.map((s) => [s.id, money(s.amount)]),
    );
    expect(d.routes.map((r) => [r.routeToMarket, money(r.amount)])).toEqual([["OPEN", "4000.00"]]);
  });

  it("a date filter and a supplier filter change the figures", async () => {
    actAs(w.users.lead);
    const may = await getSpendDashboard(InsightFiltersSchema.parse({ from: "2025-05", to: "2025-05" }));
    expect(may.months.map((m) => money(m.direct))).toEqual(["1500.00"]);
    expect(may.suppliers.map((s) => money(s.amount))).toEqual(["1000.00", "500.00"]);
    const grower = await getSpendDashboard(InsightFiltersSchema.parse({ supplier: w.grower.id }));
    expect(grower.months.map((m) => [money(m.direct), m.share.direct.toString()])).toEqual([
      ["500.00", "1"],
      ["500.00", "0"],
    ]);
  });
});

describe("partnership dashboard", () => {
  it("compares each SME member's pledge with what reached it and flags tokenism", async () => {
    actAs(w.users.lead);
    const d = await getPartnershipDashboard(noFilters);
    const p = d.partnerships.find((x) => x.contractId === w.contract.id);
    // Contract direct spend £4,000. SME member: pledged 20%, got £400 (10%): not below half -> delivered.
    // Grower (an SME at award): pledged 10%, got £1,000 directly (25%).
    const sme = p?.members.find((m) => m.supplierId === w.sme.id);
    expect(sme?.delivered.toString()).toBe("0.1");
    expect(sme?.tokenism).toBe(false);
    expect(p?.members.find((m) => m.supplierId === w.grower.id)?.delivered.toString()).toBe("0.25");
  });

  it("computes concentration for the department: 2 suppliers, HHI from shares 75% and 25%", async () => {
    actAs(w.users.lead);
    const d = await getPartnershipDashboard(noFilters);
    const dept = d.byDepartment.find((r) => r.marketId === w.dept.id);
    expect(Number(dept?.suppliers)).toBe(2);
    expect(dept?.hhi.toString()).toBe(String(75 * 75 + 25 * 25));
    expect(dept?.top5.toString()).toBe("1");
  });
});

describe("contract dashboard", () => {
  it("lists the contract in the renewal pipeline and as an overdue KPI assessment (over £5m, none assessed)", async () => {
    actAs(w.users.lead);
    const d = await getContractDashboard(noFilters, "2026-11-27");
    const renewal = d.renewals.rows.find((r) => r.id === w.contract.id);
    // £9m: 12-month lead time before 31 March 2027 -> should have started by 31 March 2026: late.
    expect(renewal?.startBy.toISOString().slice(0, 10)).toBe("2026-03-31");
    expect(renewal?.late).toBe(true);
    expect(d.overdue.rows.map((r) => r.id)).toContain(w.contract.id);
    const scored = d.lockIn.riskiest.find((c) => c.id === w.contract.id);
    expect(scored?.factors.map((f) => f.key)).toEqual(
      expect.arrayContaining(["CONCENTRATION", "NO_DATA_EXTRACTION", "CLOSED_STANDARDS", "LONG_TERM"]),
    );
  });
});

describe("scope", () => {
  it("another department's lead sees none of this department's spend", async () => {
    actAs(w.users.otherLead);
    const d = await getSpendDashboard(noFilters);
    expect(d.smeYears.map((y) => y.departmentId)).toEqual([w.other.id]);
    expect(d.suppliers.map((s) => s.supplierId)).toEqual([w.big.id]);
    // Asking for the other department through the filter still shows nothing outside the scope.
    const sneaky = await getSpendDashboard(InsightFiltersSchema.parse({ department: w.dept.id }));
    expect(sneaky.months).toEqual([]);
  });

  it("an auditor granted the department sees it; an administrator sees every department", async () => {
    actAs(w.users.auditor);
    expect((await getSpendDashboard(noFilters)).smeYears.every((y) => y.departmentId === w.dept.id)).toBe(true);
    actAs(w.users.admin);
    const all = await getSpendDashboard(InsightFiltersSchema.parse({ department: w.other.id }));
    expect(all.suppliers.map((s) => money(s.amount))).toEqual(["7777.00"]);
  });

  it("suppliers cannot open the dashboards", async () => {
    actAs(w.users.supplier);
    await expectForbidden(getSpendDashboard(noFilters));
    await expectForbidden(getContractDashboard(noFilters));
  });
});
