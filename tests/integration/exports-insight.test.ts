// The dashboards' tables as CSV and XLSX: the same figures as the screens, the caller's scope, audited.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/insight/[table]/route";
import { safeCell } from "@/lib/csv";
import { db } from "@/lib/db";
import { getSpendDashboard } from "@/lib/insight/queries";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import type { LockInFactor } from "@/lib/risk/lock-in";
import { actAs } from "@/tests/auth";
import {
  createContract,
  createDepartment,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";

const get = (table: string, query = "") =>
  GET(new Request(`http://localhost/api/exports/insight/${table}?${query}`), { params: Promise.resolve({ table }) });

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

  it("an unknown table is not found, and suppliers are refused", async () => {
    actAs(await createUser("ADMIN"));
    await expect(get("salaries")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    const supplier = await createSupplier();
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    await expect(get("kpis")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  });
});
