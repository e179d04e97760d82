import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSupplierFromName, linkUnmatchedSupplier, uploadSpendFile } from "@/lib/imports/actions";
import { getImport, listImports, listUnmatchedSuppliers } from "@/lib/imports/queries";
import { GET as errorReport } from "@/app/api/imports/[id]/errors/route";
import { actAs } from "@/tests/auth";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import { createDepartment, createSupplier, createUser } from "@/tests/factories";
import { fixtureCopy, generatedCsv, generatedXlsx, runTag } from "@/tests/fixtures/spend-files";

const HMT = "hmt-spend-april-2024-win1252.csv";

function upload(path: string, fields: Record<string, string> = {}) {
  const data = form(fields);
  data.append(
    "file",
    new File(
      [readFileSync(path)],
      path
        .split("/")
        .pop()!
        .replace(/^[0-9a-f-]+-/, ""),
      { type: "text/csv" },
    ),
  );
  return uploadSpendFile({ status: "idle" }, data);
}

async function uploadedImportId(path: string, fields: Record<string, string> = {}) {
  const error = (await upload(path, fields).then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string };
  const id = /\/imports\/([^;/]+)/.exec(error.digest ?? "")?.[1];
  expect(id, `expected a redirect to the import, got ${error.digest}`).toBeTruthy();
  return id!;
}

/** The upload runs as a job on the worker: wait for it to leave the queued and running states. */
async function settled(id: string) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const record = await db.import.findUniqueOrThrow({ where: { id } });
    if (!["QUEUED", "PARSING", "WRITING"].includes(record.status)) return record;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("import did not settle");
}

describe("import actions", () => {
  it("a lead uploads their department's file, matches the unknown names and the import completes", async () => {
    const tag = runTag();
    const department = await createDepartment();
    const other = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    const path = fixtureCopy(HMT, {
      Capita: `Capita${tag}`,
      Sopra: `Sopra${tag}`,
      Kainos: `Kainos${tag}`,
      Methods: `Methods${tag}`,
      Café: `Café${tag}`,
    });
    const sopra = await createSupplier({ legalName: `Sopra${tag} Steria Group SA` });
    actAs(lead);
    // A lead's upload is for their own department whatever the form says.
    const id = await uploadedImportId(path, { departmentId: other.id });
    const record = await settled(id);
    expect(record).toMatchObject({
      status: "AWAITING_MATCHES",
      departmentId: department.id,
      unmatchedSuppliers: 5,
      createdById: lead.id,
    });

    const queue = await listUnmatchedSuppliers(id);
    expect(queue).toHaveLength(5);
    const sopraName = queue.find((q) => q.supplierKey === `sopra${tag} steria`)!;
    expect(sopraName.candidates.map((c) => c.id)).toContain(sopra.id);
    await expectRedirect(
      linkUnmatchedSupplier(
        { status: "idle" },
        form({ importId: id, supplierKey: sopraName.supplierKey, supplierId: sopra.id }),
      ),
      `/imports/${id}`,
    );
    expect(await db.supplierAlias.findUnique({ where: { normalisedName: sopraName.supplierKey } })).toMatchObject({
      supplierId: sopra.id,
    });

    for (const name of queue.filter((q) => q !== sopraName)) {
      await expectRedirect(
        createSupplierFromName(
          { status: "idle" },
          form({ importId: id, supplierKey: name.supplierKey, legalName: name.supplierName }),
        ),
        `/imports/${id}`,
      );
    }
    const done = await db.import.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ status: "COMPLETED", rowsWritten: 11 });
    const [sum] = await db.$queryRaw<
      { total: string }[]
    >`SELECT sum(amount)::text AS total FROM "SpendTransaction" WHERE "importId" = ${id}`;
    expect(sum?.total).toBe("1540768.83");
    expect(await db.spendTransaction.count({ where: { importId: id, payeeSupplierId: sopra.id } })).toBe(3);
    expect((await listImports({ page: 1 })).rows.map((r) => r.id)).toContain(id);

    // Another department's lead neither sees it nor may match its names.
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: other.id }));
    expect(await getImport(id)).toBeNull();
    expect((await listImports({ page: 1 })).rows.map((r) => r.id)).not.toContain(id);
  });

  it("a rejected upload has a downloadable error report; other departments' leads and auditors cannot download it", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const admin = await createUser("ADMIN");
    actAs(admin);
    const file = generatedCsv(20, supplier.legalName, { 7: "12.345", 15: "" });
    const id = await uploadedImportId(file.path, { departmentId: department.id });
    expect((await settled(id)).status).toBe("REJECTED");
    const response = await errorReport(new Request("http://test"), { params: Promise.resolve({ id }) });
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\r\n").slice(0, 3)).toEqual([
      "Row,Column,Value,Problem",
      "7,Amount,12.345,Amount has more than two decimal places",
      "15,Amount,,Amount is missing",
    ]);
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id }));
    expect((await errorReport(new Request("http://test"), { params: Promise.resolve({ id }) })).status).toBe(404);
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(errorReport(new Request("http://test"), { params: Promise.resolve({ id }) }));
  });

  it("refuses auditors and supplier users, and an admin upload without a department", async () => {
    const path = generatedCsv(2, "Anyone Ltd").path;
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(upload(path));
    actAs(await createUser("SUPPLIER_USER", { supplierId: (await createSupplier()).id }));
    await expectForbidden(upload(path));
    actAs(await createUser("ADMIN"));
    const result = await upload(path);
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { departmentId: ["Choose the department whose spend this is"] },
    });
  });
});

describe("upload type checks", () => {
  const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const PDF = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1");

  /** Uploads these bytes under this name as a lead of a new department. */
  async function uploadAs(name: string, bytes: Buffer) {
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id });
    actAs(lead);
    const data = form({});
    data.append("file", new File([new Uint8Array(bytes)], name));
    return { answer: uploadSpendFile({ status: "idle" }, data), lead };
  }

  // Each refusal names the file field, says what the file really is, and records nothing.
  it.each([
    [
      "an .xlsx that is really a CSV",
      "spend.xlsx",
      () => readFileSync(generatedCsv(3, "Anyone Ltd").path),
      /^This is text \(perhaps CSV\), not an Excel \.xlsx workbook/,
    ],
    ["a .csv that is a PDF", "spend.csv", () => PDF, /^This is a PDF document, not CSV text$/],
    [
      "a .csv that is an .xlsx workbook",
      "spend.csv",
      async () => readFileSync(await generatedXlsx("Anyone Ltd")),
      /^This is an Excel \.xlsx workbook, not CSV text/,
    ],
    [
      "a .csv that is a ZIP archive",
      "spend.csv",
      () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...Buffer.from("spend.csv")]),
      /^This is a ZIP archive, not CSV text$/,
    ],
    [
      "a legacy .xls renamed .xlsx",
      "spend.xlsx",
      () => Buffer.from([...OLE2, ...new Array(504).fill(0)]),
      /^This is an Excel 97-2003 \.xls workbook; save it as \.xlsx or CSV/,
    ],
    [
      "a legacy .xls",
      "spend.xls",
      () => Buffer.from([...OLE2, ...new Array(504).fill(0)]),
      /^This is an Excel 97-2003 \.xls workbook; save it as \.xlsx or CSV/,
    ],
    ["an empty .csv", "spend.csv", () => Buffer.alloc(0), /^Choose a file \(this one is empty\)$/],
  ])("refuses %s, creating no Import", async (_what, name, bytes, message) => {
    const { answer, lead } = await uploadAs(name, await bytes());
    const result = await answer;
    expect(result).toMatchObject({ status: "error", message: "Check this field: file." });
    const errors = result.status === "error" ? result.fieldErrors?.file : undefined;
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatch(message);
    expect(await db.import.count({ where: { createdById: lead.id } })).toBe(0);
  });

  it("takes an .xlsx that really is a workbook", async () => {
    const { answer, lead } = await uploadAs("spend.xlsx", readFileSync(await generatedXlsx(`Nobody${runTag()} Ltd`)));
    await expectRedirect(answer, /^\/imports\/[^/]+$/);
    const record = await db.import.findFirstOrThrow({ where: { createdById: lead.id } });
    expect(record.kind).toBe("SPEND_XLSX");
    expect((await settled(record.id)).status).toBe("AWAITING_MATCHES");
  });
});
