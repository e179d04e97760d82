import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSpendImport, runSpendImport } from "@/lib/imports/spend-import";
import { mapColumns } from "@/lib/imports/spend-columns";
import { formatOfFileName } from "@/lib/imports/spend-readers";
import { readSpendRow } from "@/lib/imports/spend-row";
import { finishSpendImport } from "@/lib/imports/write-spend";
import { listUnmatchedNames } from "@/lib/imports/supplier-matching";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { createContract, createDepartment, createSupplier } from "@/tests/factories";
import { fixtureCopy, generatedCsv, generatedXlsx, runTag } from "@/tests/fixtures/spend-files";

const HMT = "hmt-spend-april-2024-win1252.csv";

async function importFile(path: string, departmentId: string) {
  const format = formatOfFileName(path)!;
  const record = await createSpendImport(db, {
    path,
    fileName: path.split("/").pop()!,
    format,
    departmentId,
    createdById: null,
  });
  const result = await runSpendImport({
    prisma: db,
    databaseUrl: process.env.DATABASE_URL!,
    importId: record.id,
    departmentId,
    path,
    format,
    actor: null,
  });
  return { importId: record.id, result };
}

const sumSql = (where: { importId?: string; departmentId?: string }) =>
  db.$queryRaw<{ total: string; rows: number }[]>`
    SELECT COALESCE(sum(amount), 0)::text AS total, count(*)::int AS rows FROM "SpendTransaction"
    WHERE (${where.importId ?? null}::text IS NULL OR "importId" = ${where.importId ?? null})
      AND (${where.departmentId ?? null}::text IS NULL OR "departmentId" = ${where.departmentId ?? null})`.then(
    (r) => r[0]!,
  );

/** The HM Treasury fixture with this run's names; every supplier registered so it completes at once. */
async function hmtWithSuppliers() {
  const tag = runTag();
  const names = {
    Capita: `Capita${tag}`,
    Sopra: `Sopra${tag}`,
    Kainos: `Kainos${tag}`,
    Methods: `Methods${tag}`,
    Café: `Café${tag}`,
  };
  const department = await createDepartment();
  const capita = await createSupplier({ legalName: `Capita${tag} Business Services Ltd` });
  const sopra = await createSupplier({ legalName: `Sopra${tag} Steria Limited` });
  const kainos = await createSupplier({ legalName: `Kainos${tag} Software Ltd` });
  const methods = await createSupplier({ legalName: `Methods${tag} Business and Digital Technology Limited` });
  const cafe = await createSupplier({ legalName: `Café${tag} Digital Ltd` });
  const contract = await createContract(department.id, capita.id, { reference: "HMT-2021-0042" });
  return { path: fixtureCopy(HMT, names), department, suppliers: { capita, sopra, kainos, methods, cafe }, contract };
}

describe("spend import", () => {
  it("imports a Windows-1252 file exactly: £ signs, split invoices, credits, missing numbers, identical lines", async () => {
    const { path, department, suppliers, contract } = await hmtWithSuppliers();
    const { importId, result } = await importFile(path, department.id);
    expect(result).toEqual({ status: "COMPLETED", rowsWritten: 11, duplicatesSkipped: 0, totalAmount: "1540768.83" });
    expect(await sumSql({ importId })).toEqual({ total: "1540768.83", rows: 11 });

    const lines = await db.spendTransaction.findMany({
      where: { importId },
      orderBy: [{ paidOn: "asc" }, { amount: "desc" }],
    });
    expect(lines.find((l) => l.description === "Licence renewal £26k")?.transactionNumber).toBeNull();
    const split = lines.filter((l) => l.transactionNumber === "7004567");
    expect(split.map((l) => l.amount.toFixed(2))).toEqual(["30000.00", "27500.00", "2499.99"]);
    expect(split.every((l) => l.payeeSupplierId === suppliers.kainos.id)).toBe(true);
    // Two identical lines in one file are two payments.
    expect(lines.filter((l) => l.payeeSupplierId === suppliers.cafe.id)).toHaveLength(2);
    expect(
      lines
        .filter((l) => l.payeeSupplierId === suppliers.sopra.id)
        .map((l) => l.amount.toFixed(2))
        .sort(),
    ).toEqual(["-2000.00", "1234567.89", "48250.75"]);
    expect(
      lines
        .filter((l) => l.contractId === contract.id)
        .map((l) => l.amount.toFixed(2))
        .sort(),
    ).toEqual(["-1250.00", "125000.00"]);
    expect(lines.every((l) => l.departmentId === department.id && l.kind === "DIRECT")).toBe(true);

    const record = await db.import.findUniqueOrThrow({ where: { id: importId } });
    expect(record).toMatchObject({ status: "COMPLETED", rowsRead: 11, rowsWritten: 11, kind: "SPEND_CSV" });
    expect(record.totalAmount.toFixed(2)).toBe("1540768.83");
    expect(await db.stagedSpendRow.count({ where: { importId } })).toBe(0);
    const audit = await db.auditEvent.findFirst({ where: { entityType: "Import", entityId: importId } });
    expect(audit?.action).toBe("import.complete");
    // The dashboards' monthly roll-up follows the import, to the penny.
    const [monthly] = await db.$queryRaw<
      { total: string }[]
    >`SELECT sum(amount)::text AS total FROM "SpendMonthly" WHERE "departmentId" = ${department.id}`;
    expect(monthly?.total).toBe("1540768.83");
  });

  it("adds nothing when the same file is imported again, and only the new rows of an overlapping file", async () => {
    const { path, department } = await hmtWithSuppliers();
    await importFile(path, department.id);
    const again = await importFile(path, department.id);
    expect(again.result).toEqual({
      status: "COMPLETED",
      rowsWritten: 0,
      duplicatesSkipped: 11,
      totalAmount: "1540768.83",
    });
    expect(await sumSql({ departmentId: department.id })).toEqual({ total: "1540768.83", rows: 11 });

    // The same lines plus one more, one of the identical pair dropped: only the new line is added.
    const { readFileSync, writeFileSync } = await import("node:fs");
    const original = readFileSync(path, "latin1").trimEnd().split("\r\n");
    const cafeLine = original.findIndex((l) => l.includes("Accessibility audit"));
    const overlapping = [
      ...original.slice(0, cafeLine),
      ...original.slice(cafeLine + 1),
      original[cafeLine - 1]!.replace("09/04/2024", "10/05/2024"),
    ];
    const overlapPath = `${path}.overlap.csv`;
    writeFileSync(overlapPath, overlapping.join("\r\n") + "\r\n", "latin1");
    const overlap = await importFile(overlapPath, department.id);
    expect(overlap.result).toMatchObject({ status: "COMPLETED", rowsWritten: 1, duplicatesSkipped: 10 });
    expect(await sumSql({ departmentId: department.id })).toEqual({ total: "1566768.83", rows: 12 });
  });

  it("completes each fingerprint with the line's occurrence among the file's identical lines", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const header = "Date,Supplier,Transaction Number,Amount,Description";
    const a = `01/04/2024,${supplier.legalName},None,"£30,000.00",Licences`;
    const b = `02/04/2024,${supplier.legalName},7001,"£26,000.00",Support`;
    const c = `03/04/2024,${supplier.legalName},7002,"£25,500.00",Hosting`;
    const write = (lines: string[]) => {
      const path = `/tmp/${runTag()}.csv`;
      writeFileSync(path, [header, ...lines].join("\r\n") + "\r\n");
      return path;
    };
    const lines = [a, b, a, a, c, b];
    const { importId, result } = await importFile(write(lines), department.id);
    expect(result).toMatchObject({
      status: "COMPLETED",
      rowsWritten: 6,
      duplicatesSkipped: 0,
      totalAmount: "167500.00",
    });

    // sha256 of the base fingerprint, ':' and the occurrence (1 for a line's first appearance), by file row.
    const columns = mapColumns(header.split(","));
    const seen = new Map<string, number>();
    const expected = lines.map((text, index) => {
      const row = readSpendRow(
        department.id,
        index + 2,
        text.match(/("[^"]*"|[^,]+)/g)!.map((cell) => cell.replace(/"/g, "")),
        columns,
      );
      if (!row.ok) throw new Error("fixture line is invalid");
      const occurrence = (seen.get(row.line.baseFingerprint) ?? 0) + 1;
      seen.set(row.line.baseFingerprint, occurrence);
      return [
        `${importId}-${index + 2}`,
        createHash("sha256").update(`${row.line.baseFingerprint}:${occurrence}`).digest("hex"),
      ];
    });
    const written = await db.spendTransaction.findMany({
      where: { importId },
      select: { id: true, fingerprint: true },
      orderBy: { id: "asc" },
    });
    expect(written.map((w) => [w.id, w.fingerprint])).toEqual(expected.sort(([x], [y]) => (x! < y! ? -1 : 1)));

    // Again: nothing new. With a fourth identical line: that line only.
    expect((await importFile(write(lines), department.id)).result).toMatchObject({
      rowsWritten: 0,
      duplicatesSkipped: 6,
    });
    expect((await importFile(write([...lines, a]), department.id)).result).toMatchObject({
      rowsWritten: 1,
      duplicatesSkipped: 6,
    });
    expect(await sumSql({ departmentId: department.id })).toEqual({ total: "197500.00", rows: 7 });
  });

  it("queues unmatched names and completes once they are linked", async () => {
    const tag = runTag();
    const department = await createDepartment();
    const path = fixtureCopy(HMT, {
      Capita: `Capita${tag}`,
      Sopra: `Sopra${tag}`,
      Kainos: `Kainos${tag}`,
      Methods: `Methods${tag}`,
      Café: `Café${tag}`,
    });
    const kainos = await createSupplier({ legalName: `Kainos${tag} Software Limited` });
    const { importId, result } = await importFile(path, department.id);
    expect(result).toEqual({ status: "AWAITING_MATCHES", unmatched: 4 });
    expect(await sumSql({ importId })).toEqual({ total: "0", rows: 0 });
    const unmatched = await listUnmatchedNames(db, importId);
    expect(unmatched.map((u) => u.supplierKey).sort()).toEqual([
      `cafe${tag} digital`,
      `capita${tag} business services`,
      `methods${tag} business and digital technology`,
      `sopra${tag} steria`,
    ]);

    for (const name of unmatched) {
      const supplier = await createSupplier({ legalName: `Registered ${name.supplierName}` });
      await db.supplierAlias.create({
        data: { supplierId: supplier.id, normalisedName: name.supplierKey, rawName: name.supplierName },
      });
    }
    const finished = await finishSpendImport(db, importId, null);
    expect(finished).toEqual({ status: "COMPLETED", rowsWritten: 11, duplicatesSkipped: 0, totalAmount: "1540768.83" });
    expect(await db.spendTransaction.count({ where: { importId, payeeSupplierId: kainos.id } })).toBe(3);
    expect(normaliseSupplierName(`Café${tag} Digital Ltd`)).toBe(`cafe${tag} digital`);
  });

  it("rejects a 10,000-line file whose line 9,999 is bad and leaves the database untouched", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const file = generatedCsv(9_999, supplier.legalName, { 9_999: "£12,3x4.00" });
    const { importId, result } = await importFile(file.path, department.id);
    expect(result).toEqual({ status: "REJECTED", rowsRead: 9_999, problemCount: 1 });
    const record = await db.import.findUniqueOrThrow({ where: { id: importId } });
    expect(record.status).toBe("REJECTED");
    expect(record.errors).toEqual([
      { row: 9_999, column: "Amount", value: "£12,3x4.00", message: "Amount is not a number" },
    ]);
    expect(await sumSql({ departmentId: department.id })).toEqual({ total: "0", rows: 0 });
    expect(await db.stagedSpendRow.count({ where: { importId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: importId } })).toBe(0);

    // The same file without the bad line imports whole, to the penny.
    const good = generatedCsv(9_999, supplier.legalName);
    const ok = await importFile(good.path, department.id);
    expect(ok.result).toMatchObject({ status: "COMPLETED", rowsWritten: 9_999, totalAmount: good.total });
    expect(await sumSql({ departmentId: department.id })).toEqual({ total: good.total, rows: 9_999 });
  });

  it("matches by Companies House number in a UTF-8 file with a BOM", async () => {
    const tag = runTag();
    const department = await createDepartment();
    const n1 = `NI${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
    const n2 = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
    const kainos = await createSupplier({ legalName: `Something Else ${tag}`, companiesHouseNumber: n1 });
    const madeTech = await createSupplier({ legalName: `Made Tech Group ${tag}`, companiesHouseNumber: n2 });
    const path = fixtureCopy("dfe-spend-may-2024-utf8-bom.csv", { NI055626: n1, "06591813": n2 });
    const { importId, result } = await importFile(path, department.id);
    expect(result).toMatchObject({ status: "COMPLETED", rowsWritten: 3, totalAmount: "70000.00" });
    expect(await db.spendTransaction.count({ where: { importId, payeeSupplierId: kainos.id } })).toBe(1);
    expect(await db.spendTransaction.count({ where: { importId, payeeSupplierId: madeTech.id } })).toBe(2);
    const line = await db.spendTransaction.findFirstOrThrow({ where: { importId, transactionNumber: "900002" } });
    expect(line.description).toBe("Alpha £ sprint");
  });

  it("imports an XLSX with date cells and numeric amounts", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const path = await generatedXlsx(supplier.legalName);
    const { importId, result } = await importFile(path, department.id);
    expect(result).toMatchObject({ status: "COMPLETED", rowsWritten: 3, totalAmount: "55000.25" });
    const lines = await db.spendTransaction.findMany({ where: { importId }, orderBy: { paidOn: "asc" } });
    expect(lines.map((l) => [l.paidOn.toISOString().slice(0, 10), l.amount.toFixed(2), l.transactionNumber])).toEqual([
      ["2024-06-03", "26000.50", "5001"],
      ["2024-06-04", "-1000.25", null],
      ["2024-06-05", "30000.00", "5002"],
    ]);
    expect((await db.import.findUniqueOrThrow({ where: { id: importId } })).kind).toBe("SPEND_XLSX");
  });

  it("rejects a file without the columns it needs, naming them", async () => {
    const department = await createDepartment();
    const { writeFileSync } = await import("node:fs");
    const path = `/tmp/${runTag()}.csv`;
    writeFileSync(path, "Entity,Supplier,Description\nDfE,Acme,Thing\n");
    const { importId, result } = await importFile(path, department.id);
    expect(result).toMatchObject({ status: "REJECTED" });
    const record = await db.import.findUniqueOrThrow({ where: { id: importId } });
    expect((record.errors as { message: string }[]).map((e) => e.message)).toEqual([
      'No "Date" column in the header',
      'No "Amount" column in the header',
    ]);
  });
});
