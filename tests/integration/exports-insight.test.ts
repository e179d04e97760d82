// The dashboards' tables as CSV and XLSX: the same figures as the screens, the caller's scope, audited.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/insight/[table]/route";
import { safeCell } from "@/lib/csv";
import { db } from "@/lib/db";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { getPartnershipDashboard } from "@/lib/insight/partnership-queries";
import { getSpendDashboard } from "@/lib/insight/queries";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import type { LockInFactor } from "@/lib/risk/lock-in";
import { actAs } from "@/tests/auth";
import {
  addMember,
  createContract,
  createDepartment,
  createKpi,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";

const get = (table: string, query = "") =>
  GET(new Request(`http://localhost/api/exports/insight/${table}?${query}`), { params: Promise.resolve({ table }) });

const csvRows = async (response: Response) =>
  Papa.parse<Record<string, string>>(new TextDecoder().decode(await response.arrayBuffer()).replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;

async function world() {
  const department = await createDepartment();
  const [sme, large] = await Promise.all([createSupplier(), createSupplier()]);
  await Promise.all([declareSize(sme.id, "2020-01-01", true), declareSize(large.id, "2020-01-01", false)]);
  const contract = await createContract(department.id, large.id, {
    routeToMarket: "DIRECT_AWARD",
    procurementMethod: "DIRECT",
    directAwardJustification: "Urgency",
    numberOfTenderers: 1,
  });
  await createSpend(department.id, large.id, "2025-05-10", "3000.00", { contractId: contract.id });
  await createSpend(department.id, sme.id, "2025-06-10", "1000.00", { contractId: contract.id });
  await refreshSpendAggregates(db, { departmentIds: [department.id] });
  return { department, contract };
}

describe("GET /api/exports/insight/[table]", () => {
  it("SME share by department and year matches the dashboard", async () => {
    const { department } = await world();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(lead);
    const text = new TextDecoder().decode(await (await get("sme-share")).arrayBuffer());
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const screen = (await getSpendDashboard(InsightFiltersSchema.parse({}))).smeYears;
    expect(rows).toHaveLength(screen.length);
    expect(rows[0]).toMatchObject({
      Department: department.name,
      "Financial year ending March": "2026",
      "Direct spend": "4000.00",
      "Direct spend to SMEs": "1000.00",
      "Direct SME share": "0.25",
    });
    expect(await db.auditEvent.count({ where: { actorId: lead.id, action: "export.sme-share" } })).toBe(1);
  });

  it("lock-in risk with its factors, as XLSX, for an auditor of the department only", async () => {
    const { department, contract } = await world();
    const other = await world();
    actAs(await createUser("AUDITOR", { grantedDepartmentIds: [department.id] }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await get("lock-in", "format=xlsx")).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const titles = [];
    for (let r = 2; r <= sheet.rowCount; r++) titles.push(sheet.getRow(r).getCell(1).value);
    expect(titles).toContain(contract.title);
    expect(titles).not.toContain(other.contract.title);
    const row = sheet.getRow(titles.indexOf(contract.title) + 2);
    expect(row.getCell(4).value).toBeGreaterThan(0);
    expect(String(row.getCell(5).value)).toMatch(/direct/i);
  });

  it("lock-in risk as CSV: every scored contract in the lead's scope, highest first, its factors as scored", async () => {
    const { department, contract } = await world();
    const other = await world();
    await createContract(department.id, contract.leadPartnerId, { title: `=Open ${department.id}`, reference: null });
    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    const text = new TextDecoder().decode(await (await get("lock-in")).arrayBuffer());
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const scores = await db.contractLockInScore.findMany({
      where: { departmentId: department.id },
      orderBy: [{ score: "desc" }, { contractId: "asc" }],
    });
    const contracts = await db.contract.findMany({ where: { departmentId: department.id } });
    const byId = new Map(contracts.map((c) => [c.id, c]));
    expect(scores).toHaveLength(2);
    expect(rows).toEqual(
      scores.map((s) => ({
        Contract: safeCell(byId.get(s.contractId)!.title),
        Reference: byId.get(s.contractId)!.reference ?? "",
        Department: department.name,
        "Lock-in score (0-100)": String(s.score),
        "Factors (weight: evidence; source)": (s.factors as LockInFactor[])
          .map((f) => `${f.label} (${f.weight}: ${f.evidence}; ${f.source})`)
          .join(" | "),
      })),
    );
    expect(rows[0]!["Factors (weight: evidence; source)"]).toMatch(/direct/i);
    expect(text).not.toContain(other.contract.title);
  });

  it("partnerships: every SME member of every partnership, past the screen's first page, as the screen judges them", async () => {
    const department = await createDepartment();
    const [lead, first, second] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
    await Promise.all([declareSize(first.id, "2020-01-01", true), declareSize(second.id, "2020-01-01", true)]);
    // 30 partnerships of two SME members each: 60 member rows, more than the screen's page of 50.
    for (let i = 0; i < 30; i++) {
      const contract = await createContract(department.id, lead.id);
      await addMember(contract.id, first.id, { pledgedSharePercent: "30.00" });
      await addMember(contract.id, second.id, { pledgedSharePercent: "20.00" });
      await createSpend(department.id, lead.id, "2025-05-10", "9000.00", { contractId: contract.id });
      // Some partnerships deliver to the first member what it pledged (no tokenism there), at different shares.
      if (i % 3 === 0)
        await createSpend(department.id, first.id, "2025-06-10", `${3000 + i}.00`, { contractId: contract.id });
    }
    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    const rows = await csvRows(await get("partnerships"));
    const filters = InsightFiltersSchema.parse({});
    const pages = [await getPartnershipDashboard(filters, 1), await getPartnershipDashboard(filters, 2)];
    expect(pages[0]!.memberRows).toMatchObject({ total: 60, pageCount: 2 });
    const screen = pages.flatMap((page) =>
      page.partnerships.flatMap((p) =>
        p.members.map((m) => ({
          Contract: p.title,
          Reference: p.reference ?? "",
          Department: department.name,
          "Lead partner": lead.legalName,
          Member: m.legalName,
          "Pledged share": m.pledged.toString(),
          "Delivered share": m.delivered.toDecimalPlaces(4).toString(),
          Received: Number(m.received).toFixed(2),
          "Much less than pledged": m.tokenism ? "Yes" : "No",
        })),
      ),
    );
    expect(rows).toHaveLength(60);
    expect(rows).toEqual(screen);
    expect(rows.filter((r) => r["Much less than pledged"] === "No").length).toBe(10);
    expect(rows.at(-1)).toMatchObject({ "Pledged share": "0.3", "Much less than pledged": "No" });
  });

  it("KPIs: the ratings, then every contract whose assessment is overdue, largest first, past the screen's first 50", async () => {
    const department = await createDepartment();
    const lead = await createSupplier();
    const contracts = [];
    for (let i = 0; i < 55; i++)
      contracts.push(await createContract(department.id, lead.id, { currentValue: `${6_000_000 + i * 1000}.00` }));
    const kpi = await createKpi(contracts[0]!.id, lead.id);
    await db.kpiAssessment.create({ data: { kpiId: kpi.id, assessedOn: new Date("2020-01-31"), rating: "GOOD" } });
    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    const rows = await csvRows(await get("kpis"));
    const screen = await getContractDashboard(InsightFiltersSchema.parse({}));
    expect(screen.overdue).toMatchObject({ count: 55 });
    expect(screen.overdue.rows).toHaveLength(50);
    expect(rows[0]).toEqual({
      Kind: "Latest rating count",
      Contract: "",
      Reference: "",
      Department: "",
      Detail: "GOOD: 1",
      "Last assessed": "",
    });
    const overdue = rows.slice(1);
    expect(overdue.map((r) => r.Contract)).toEqual(contracts.map((c) => c.title).reverse());
    expect(overdue.slice(0, 50).map((r) => r.Contract)).toEqual(screen.overdue.rows.map((o) => o.title));
    expect(overdue.at(-1)).toEqual({
      Kind: "Assessment overdue",
      Contract: contracts[0]!.title,
      Reference: contracts[0]!.reference ?? "",
      Department: department.name,
      Detail: "1 KPIs; value £6000000.00",
      "Last assessed": "2020-01-31",
    });
  });

  it("an unknown table is not found, and suppliers are refused", async () => {
    actAs(await createUser("ADMIN"));
    await expect(get("salaries")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    await expect(get("constructor")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    const supplier = await createSupplier();
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    await expect(get("kpis")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  });
});
