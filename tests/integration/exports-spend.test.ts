// The spend export: streamed CSV and XLSX, the caller's scope only, totals exact, and itself audited.
import { Decimal } from "decimal.js";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/spend/route";
import { db } from "@/lib/db";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";

let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const [a, b] = await Promise.all([createDepartment(), createDepartment()]);
  const supplier = await createSupplier({ legalName: `Pound & Sons ${a.id} Ltd` });
  const contract = await createContract(a.id, supplier.id, { reference: `REF-${a.id}` });
  const amounts = ["25000.01", "1234567.89", "-300.50"];
  for (const [i, amount] of amounts.entries()) {
    await db.spendTransaction.create({
      data: {
        kind: "DIRECT",
        departmentId: a.id,
        contractId: contract.id,
        payeeSupplierId: supplier.id,
        paidOn: new Date(`2025-0${i + 1}-15`),
        amount,
        description: `Invoice "${i}", £ paid`,
        fingerprint: `t:${a.id}:${i}`,
      },
    });
  }
  await db.spendTransaction.create({
    data: {
      kind: "DIRECT",
      departmentId: b.id,
      payeeSupplierId: supplier.id,
      paidOn: new Date("2025-02-01"),
      amount: "999.99",
      fingerprint: `t:${b.id}`,
    },
  });
  return { a, b, supplier, amounts, lead: await createUser("COMMERCIAL_LEAD", { departmentId: a.id }) };
}

beforeAll(async () => {
  world = await build();
});

const get = (query: string) => GET(new Request(`http://localhost/api/exports/spend?${query}`));

async function csvRows(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe("GET /api/exports/spend", () => {
  it("streams the caller's spend as CSV with exact amounts and awkward text intact", async () => {
    actAs(world.lead);
    const response = await get(`supplierId=${world.supplier.id}`);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = await csvRows(response);
    expect(rows.map((r) => r.Amount)).toEqual(world.amounts);
    expect(rows.every((r) => r.Department === world.a.name)).toBe(true);
    expect(rows[0]).toMatchObject({
      "Payment date": "2025-01-15",
      Supplier: world.supplier.legalName,
      "Contract reference": `REF-${world.a.id}`,
      Description: 'Invoice "0", £ paid',
    });
    const total = rows.reduce((sum, r) => sum.plus(r.Amount!), new Decimal(0));
    const inDb = await db.spendTransaction.aggregate({ where: { departmentId: world.a.id }, _sum: { amount: true } });
    expect(total.toString()).toBe(inDb._sum.amount!.toString());
  });

  it("filters by date range and kind", async () => {
    actAs(world.lead);
    const rows = await csvRows(await get(`supplierId=${world.supplier.id}&from=2025-02-01&to=2025-02-28&kind=DIRECT`));
    expect(rows.map((r) => r.Amount)).toEqual(["1234567.89"]);
    expect(await csvRows(await get(`supplierId=${world.supplier.id}&kind=INDIRECT`))).toEqual([]);
  });

  it("writes XLSX with money as numbers formatted in pounds", async () => {
    actAs(await createUser("ADMIN"));
    const response = await get(`format=xlsx&departmentId=${world.a.id}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(9).value).toBe("Amount");
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(9).value)).toEqual([25000.01, 1234567.89, -300.5]);
    expect(sheet.getRow(2).getCell(9).numFmt).toContain("£");
  });

  it("records who exported what, with the filters", async () => {
    const auditor = await createUser("AUDITOR", { grantedDepartmentIds: [world.a.id] });
    actAs(auditor);
    await (await get(`departmentId=${world.a.id}&from=2025-01-01`)).arrayBuffer();
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: auditor.id, action: "export.spend" } });
    expect(event.after).toMatchObject({
      format: "csv",
      filters: { departmentId: world.a.id, from: "2025-01-01", kind: "all" },
    });
  });

  it("an auditor gets only granted departments and is refused another's outright", async () => {
    actAs(await createUser("AUDITOR", { grantedDepartmentIds: [world.a.id] }));
    const rows = await csvRows(await get(`supplierId=${world.supplier.id}`));
    expect(new Set(rows.map((r) => r.Department))).toEqual(new Set([world.a.name]));
    await expectForbidden(get(`departmentId=${world.b.id}`));
  });

  it("suppliers may not export; bad parameters get a 400 naming the field", async () => {
    actAs(await createUser("SUPPLIER_USER", { supplierId: world.supplier.id }));
    await expectForbidden(get(""));
    actAs(world.lead);
    const response = await get("from=01/02/2025&format=pdf");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain("from: Enter a real date between 1900 and 2100, like 2025-04-01");
    expect(body.error).toContain("format: must be csv or xlsx");
  });
});
