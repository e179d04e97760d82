// One rule for formula-looking text on every CSV path (lib/csv.ts): a formula pushed through every export
// comes out with a leading apostrophe in CSV, as plain text (never a formula) in XLSX, while negative money
// stays a number.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as registerCsv } from "@/app/api/contracts/export/route";
import { GET as auditExport } from "@/app/api/exports/audit/route";
import { GET as insightExport } from "@/app/api/exports/insight/[table]/route";
import { GET as spendExport } from "@/app/api/exports/spend/route";
import { GET as importErrorsCsv } from "@/app/api/imports/[id]/errors/route";
import type { AuditAction } from "@/lib/audit/action-names";
import { recordAudit } from "@/lib/audit/record";
import { FORMULA_START } from "@/lib/csv";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
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

const tag = Math.random().toString(36).slice(2, 10);
// Every character of the rule, once each, in the text of the records exported.
const formula = {
  department: `=HYPERLINK("http://evil.example","Dept ${tag}")`,
  lead: `@SUM(1+1) Lead ${tag}`,
  member: `+cmd|' /C calc'!A0 Member ${tag}`,
  title: `-2+3 Contract ${tag}`,
  description: `\tTabbed ${tag}`,
  transaction: `\r=1+1 ${tag}`,
  auditAction: `=audit.${tag}`,
};
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const department = await createDepartment({ name: formula.department });
  const [lead, member] = await Promise.all([
    createSupplier({ legalName: formula.lead }),
    createSupplier({ legalName: formula.member }),
  ]);
  await Promise.all([declareSize(lead.id, "2020-01-01", false), declareSize(member.id, "2020-01-01", true)]);
  const contract = await createContract(department.id, lead.id, {
    title: formula.title,
    routeToMarket: "DIRECT_AWARD",
    procurementMethod: "DIRECT",
    currentValue: "6000000.00",
    awardValue: "6000000.00",
  });
  await addMember(contract.id, member.id, { pledgedSharePercent: "30.00" });
  await createKpi(contract.id, lead.id);
  await createSpend(department.id, lead.id, "2025-05-10", "-300.50", {
    contractId: contract.id,
    description: formula.description,
    transactionNumber: formula.transaction,
  });
  await createSpend(department.id, lead.id, "2025-05-11", "9000.00", { contractId: contract.id });
  await createSpend(department.id, member.id, "2025-06-10", "1000.00", {
    contractId: contract.id,
    payerSupplierId: lead.id,
  });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: { id: null, email: "system@example.org" },
      // Stored text of any shape (an event written before actions were typed, or by hand) is exported safely too.
      action: formula.auditAction as AuditAction,
      entityType: formula.description,
      departmentId: department.id,
    }),
  );
  await refreshSpendAggregates(db, { departmentIds: [department.id] });
  return { department, contract, admin: await createUser("ADMIN") };
}

beforeAll(async () => {
  world = await build();
});

async function csvCells(response: Response) {
  expect(response.status).toBe(200);
  const text = new TextDecoder().decode(await response.arrayBuffer()).replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1).flat();
}

/** Every formula the world holds that this file carries is neutralised, and no cell starts a formula. */
function expectNeutralised(cells: string[], expected: string[]) {
  for (const text of expected) expect(cells).toContain(`'${text}`);
  const starts = new Set<string>(FORMULA_START);
  const unsafe = cells.filter((c) => starts.has(c.charAt(0)) && !/^-\d+(\.\d+)?$/.test(c));
  expect(unsafe).toEqual([]);
}

const insight = (table: string, query: string) =>
  insightExport(new Request(`http://localhost/api/exports/insight/${table}?${query}`), {
    params: Promise.resolve({ table }),
  });

describe("formula-looking text in every export", () => {
  it("spend CSV (streamed by COPY): text neutralised, the negative amount left a number", async () => {
    actAs(world.admin);
    const cells = await csvCells(
      await spendExport(new Request(`http://localhost/api/exports/spend?departmentId=${world.department.id}`)),
    );
    expectNeutralised(cells, [
      formula.department,
      formula.lead,
      formula.member,
      formula.title,
      formula.description,
      formula.transaction,
    ]);
    expect(cells).toContain("-300.50");
  });

  it("spend XLSX: the same text as typed string cells, never formulas; money as numbers", async () => {
    actAs(world.admin);
    const response = await spendExport(
      new Request(`http://localhost/api/exports/spend?format=xlsx&departmentId=${world.department.id}`),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const values: unknown[] = [];
    workbook.worksheets[0]!.eachRow(
      (row, n) =>
        n > 1 &&
        row.eachCell((cell) => (expect(cell.type).not.toBe(ExcelJS.ValueType.Formula), values.push(cell.value))),
    );
    expect(values).toEqual(expect.arrayContaining([formula.department, formula.title, formula.description, -300.5]));
  });

  it("audit trail CSV (streamed by COPY)", async () => {
    actAs(world.admin);
    const cells = await csvCells(await auditExport(new Request(`http://localhost/api/exports/audit?q=audit.${tag}`)));
    expectNeutralised(cells, [formula.auditAction, formula.description]);
  });

  it("register CSV", async () => {
    actAs(world.admin);
    const cells = await csvCells(
      await registerCsv(
        new Request(`http://localhost/api/contracts/export?q=${encodeURIComponent(`Contract ${tag}`)}`),
      ),
    );
    expectNeutralised(cells, [formula.title, formula.department, formula.lead]);
  });

  it("insight CSVs: SME share, lock-in, KPIs and partnerships", async () => {
    actAs(world.admin);
    const query = `department=${world.department.id}`;
    expectNeutralised(await csvCells(await insight("sme-share", query)), [formula.department]);
    expectNeutralised(await csvCells(await insight("lock-in", query)), [formula.title, formula.department]);
    expectNeutralised(await csvCells(await insight("kpis", query)), [formula.title, formula.department]);
    expectNeutralised(await csvCells(await insight("partnerships", query)), [
      formula.title,
      formula.department,
      formula.lead,
      formula.member,
    ]);
  });

  it("a rejected import's error report CSV (the file's own values)", async () => {
    actAs(world.admin);
    const rejected = await db.import.create({
      data: {
        kind: "SPEND_CSV",
        fileName: "spend.csv",
        fileSha256: `sha-${tag}`,
        departmentId: world.department.id,
        status: "REJECTED",
        errors: [{ row: 2, column: "Supplier", value: formula.member, message: "No registered supplier" }],
      },
    });
    const cells = await csvCells(
      await importErrorsCsv(new Request(`http://localhost/api/imports/${rejected.id}/errors`), {
        params: Promise.resolve({ id: rejected.id }),
      }),
    );
    expectNeutralised(cells, [formula.member]);
  });
});
