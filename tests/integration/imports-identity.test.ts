// Supplier identity across importers: a spend file after an OCDS import, names that the rule must not
// guess (another number, two suppliers, an unverified self-registration), identifiers learned.
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { linkUnmatchedSupplier } from "@/lib/imports/actions";
import { createOcdsPartySupplier } from "@/lib/imports/ocds-match-actions";
import { registerUnmatchedSuppliers } from "@/lib/imports/register-unmatched";
import { createSpendImport, runSpendImport } from "@/lib/imports/spend-import";
import { listUnmatchedNames } from "@/lib/imports/supplier-matching";
import { listUnmatchedSuppliers } from "@/lib/imports/queries";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { actAs } from "@/tests/auth";
import { expectRedirect, form } from "@/tests/actions";
import { createDepartment, createSupplier, createUser } from "@/tests/factories";
import { fixtureCopy, runTag } from "@/tests/fixtures/spend-files";
import { jobsDone } from "@/tests/jobs";

const number = () => String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
const DFE = "dfe-spend-may-2024-utf8-bom.csv";

async function importSpend(file: string, departmentId: string) {
  const record = await createSpendImport(db, {
    path: file,
    fileName: path.basename(file),
    format: "csv",
    departmentId,
    createdById: null,
  });
  const result = await runSpendImport({
    prisma: db,
    databaseUrl: process.env.DATABASE_URL!,
    importId: record.id,
    departmentId,
    path: file,
    format: "csv",
    actor: null,
  });
  return { importId: record.id, result };
}

/** A spend file of these lines: [supplier name, Companies House number or "", amount]. */
function spendFile(lines: [string, string, string][]) {
  const out = path.join(tmpdir(), `${randomUUID()}.csv`);
  writeFileSync(
    out,
    [
      "Department Family,Entity,Date,Expense Type,Expense Area,Supplier,Transaction Number,Amount,Description,Companies House Number",
      ...lines.map(
        ([supplier, ch, amount], i) =>
          `Dept,Dept,0${(i % 9) + 1}/05/2024,IT,Digital,${supplier},${900100 + i},"${amount}",Line ${i},${ch}`,
      ),
    ].join("\r\n"),
  );
  return out;
}

/** The Contracts Finder fixture with this run's ocid, buyer, supplier name and Companies House number. */
function ocdsFixture(
  supplierName: string,
  companiesHouseNumber: string,
  additionalIdentifiers: { scheme: string; id: string }[] = [],
) {
  const id = randomUUID();
  const text = readFileSync("tests/fixtures/ocds/contracts-finder-two-releases.json", "utf8")
    .replaceAll(
      '"legalName": "MADE TECH LIMITED" }',
      `"legalName": "MADE TECH LIMITED" }, "additionalIdentifiers": ${JSON.stringify(additionalIdentifiers)}`,
    )
    .replaceAll("ocds-b5fd17-1d2c7e58-5b1a-4c2e-9d4f-0a6b3c2d1e0f", `ocds-b5fd17-${id}`)
    .replaceAll("06591813", companiesHouseNumber)
    .replaceAll("MADE TECH LIMITED", supplierName.toUpperCase())
    .replaceAll("Made Tech Limited", supplierName)
    .replaceAll("Department for Work and Pensions", `Department for Work and Pensions ${id.slice(0, 6)}`);
  return { text, ocid: `ocds-b5fd17-${id}` };
}

const leadPartnerOf = (ocid: string) =>
  db.contract.findFirstOrThrow({ where: { ocid }, include: { leadPartner: true } }).then((c) => c.leadPartner);

async function importOcdsFixture(
  supplierName: string,
  companiesHouseNumber: string,
  additionalIdentifiers: { scheme: string; id: string }[] = [],
) {
  const { text, ocid } = ocdsFixture(supplierName, companiesHouseNumber, additionalIdentifiers);
  const result = await importOcdsPackage(db, { text, fileName: "cf.json", actor: null, createdById: null });
  expect(result.status).toBe("COMPLETED");
  const contract = await db.contract.findFirstOrThrow({
    where: { ocid },
    include: { leadPartner: true },
  });
  return Object.assign(contract.leadPartner, { warnings: result.warnings.map((w) => w.message) });
}

const payeesOf = (importId: string) =>
  db.spendTransaction.findMany({ where: { importId }, select: { payeeSupplierId: true, amount: true } });

describe("supplier identity in spend imports", () => {
  it("matches a spend file imported after an OCDS import to the suppliers the OCDS import recorded", async () => {
    const tag = runTag();
    const made = await importOcdsFixture(`Made Tech${tag} Limited`, number());
    const kainos = await createSupplier({ legalName: `Kainos${tag} Software Ltd` });
    const department = await createDepartment();
    const suppliersBefore = await db.supplier.count();
    // The DfE fixture: Made Tech under two spellings with the number the OCDS release gave, Kainos by name.
    const file = fixtureCopy(DFE, {
      "Made Tech": `Made Tech${tag}`,
      "06591813": made.companiesHouseNumber!,
      Kainos: `Kainos${tag}`,
      NI055626: "",
    });
    const { importId, result } = await importSpend(file, department.id);
    expect(result).toEqual({ status: "COMPLETED", rowsWritten: 3, duplicatesSkipped: 0, totalAmount: "70000.00" });
    const payments = await payeesOf(importId);
    expect(
      payments
        .filter((p) => p.payeeSupplierId === made.id)
        .map((p) => p.amount.toFixed(2))
        .sort(),
    ).toEqual(["-5500.50", "35500.50"]);
    expect(payments.filter((p) => p.payeeSupplierId === kainos.id)).toHaveLength(1);
    expect(await db.supplier.count()).toBe(suppliersBefore);
  });

  it("queues a name the OCDS import recorded under another Companies House number: no payment is booked to one of two, none to a third", async () => {
    const tag = runTag();
    const legalName = `Northwind${tag} Analytics Limited`;
    const registered = await createSupplier({ legalName, companiesHouseNumber: number() });
    // The OCDS import waits, as a spend file does, until an administrator says who the party is:
    // here another organisation of the same name, a supplier of its own with the package's number.
    const ocds = ocdsFixture(legalName, number());
    const waiting = await importOcdsPackage(db, {
      text: ocds.text,
      fileName: "cf.json",
      actor: null,
      createdById: null,
    });
    expect(waiting).toMatchObject({ status: "AWAITING_MATCHES", matchQueue: [{ reason: "identifier-differs" }] });
    expect(await db.contract.count({ where: { ocid: ocds.ocid } })).toBe(0);
    actAs(await createUser("ADMIN"));
    await expectRedirect(
      createOcdsPartySupplier(
        { status: "idle" },
        form({ importId: waiting.importId, partyKey: waiting.matchQueue[0]!.key, legalName }),
      ),
      `/imports/${waiting.importId}`,
    );
    await jobsDone("ocds-import");
    const fromOcds = await leadPartnerOf(ocds.ocid);
    expect(fromOcds.id).not.toBe(registered.id);
    const department = await createDepartment();
    const file = spendFile([
      [`NORTHWIND${tag} ANALYTICS LTD`, "", "£30,000.00"],
      [`Northwind${tag} Analytics Ltd`, registered.companiesHouseNumber!, "£40,000.00"],
      [`Northwind${tag} Analytics Ltd`, number(), "£50,000.00"],
    ]);
    const { importId, result } = await importSpend(file, department.id);
    expect(result).toEqual({ status: "AWAITING_MATCHES", unmatched: 2 });
    const queue = await listUnmatchedNames(db, importId);
    expect(queue.map((q) => q.reason)).toEqual(["several-with-name", "several-with-name"]);
    expect(queue.every((q) => [...q.supplierIds].sort().join() === [registered.id, fromOcds.id].sort().join())).toBe(
      true,
    );
    expect(await db.spendTransaction.count({ where: { importId } })).toBe(0);

    // The command line's --create-suppliers never registers a name that matches suppliers already.
    const suppliersBefore = await db.supplier.count();
    expect(await registerUnmatchedSuppliers(db, importId, null)).toBe(0);
    expect(await db.supplier.count()).toBe(suppliersBefore);
  });

  it("queues a name whose only supplier holds another number; linking it teaches the supplier that number, audited", async () => {
    const tag = runTag();
    const supplier = await createSupplier({ legalName: `Contoso${tag} Digital Ltd`, companiesHouseNumber: number() });
    const department = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    const other = number();
    const { importId, result } = await importSpend(
      spendFile([[`Contoso${tag} Digital Limited`, other, "£26,000.00"]]),
      department.id,
    );
    expect(result).toEqual({ status: "AWAITING_MATCHES", unmatched: 1 });
    actAs(lead);
    const [queued] = await listUnmatchedSuppliers(importId);
    expect(queued).toMatchObject({ reason: "identifier-differs", companiesHouseNumber: other });
    expect(queued!.candidates[0]!.id).toBe(supplier.id);

    await expectRedirect(
      linkUnmatchedSupplier(
        { status: "idle" },
        form({
          importId,
          supplierKey: queued!.supplierKey,
          companiesHouseNumber: other,
          supplierId: supplier.id,
        }),
      ),
      `/imports/${importId}`,
    );
    expect(await db.import.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "COMPLETED",
      rowsWritten: 1,
    });
    expect(
      await db.supplierIdentifier.findUnique({ where: { scheme_identifier: { scheme: "GB-COH", identifier: other } } }),
    ).toMatchObject({ supplierId: supplier.id, source: "match" });
    const event = await db.auditEvent.findFirst({
      where: { action: "supplier.identifier.add", entityId: supplier.id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      actorId: lead.id,
      departmentId: department.id,
      after: expect.objectContaining({ scheme: "GB-COH", identifier: other, importId }),
    });
    // The next file with that number matches at once.
    const again = await importSpend(spendFile([[`Contoso${tag} Digital Limited`, other, "£27,000.00"]]), department.id);
    expect(again.result).toMatchObject({ status: "COMPLETED", rowsWritten: 1 });
  });

  it("adds a number the file gives to the supplier matched by name, with an audit event citing the import", async () => {
    const tag = runTag();
    const supplier = await createSupplier({ legalName: `Fabrikam${tag} Ltd` });
    const department = await createDepartment();
    const learned = number();
    const { importId, result } = await importSpend(
      spendFile([[`FABRIKAM${tag} LIMITED`, learned, "£25,500.00"]]),
      department.id,
    );
    expect(result).toMatchObject({ status: "COMPLETED", rowsWritten: 1 });
    expect(await db.supplier.findUniqueOrThrow({ where: { id: supplier.id } })).toMatchObject({
      companiesHouseNumber: learned,
    });
    expect(
      await db.supplierIdentifier.findMany({
        where: { supplierId: supplier.id },
        select: { scheme: true, identifier: true, source: true },
      }),
    ).toEqual([{ scheme: "GB-COH", identifier: learned, source: "spend" }]);
    const events = await db.auditEvent.findMany({
      where: { action: "supplier.identifier.add", entityId: supplier.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ importId, source: "spend", scheme: "GB-COH", identifier: learned });
  });

  it("never matches a payment by name to an unverified self-registered supplier; its own number checks out", async () => {
    const tag = runTag();
    const own = number();
    const squatter = await createSupplier({
      legalName: `Litware${tag} Analytics Ltd`,
      companiesHouseNumber: own,
      selfRegistered: true,
    });
    const department = await createDepartment();
    const byName = await importSpend(spendFile([[`LITWARE${tag} ANALYTICS LIMITED`, "", "£90,000.00"]]), department.id);
    expect(byName.result).toEqual({ status: "AWAITING_MATCHES", unmatched: 1 });
    expect((await listUnmatchedNames(db, byName.importId))[0]).toMatchObject({
      reason: "unverified-self-registered",
      supplierIds: [squatter.id],
    });

    const byNumber = await importSpend(spendFile([[`Litware${tag} Analytics Ltd`, own, "£91,000.00"]]), department.id);
    expect(byNumber.result).toMatchObject({ status: "COMPLETED", rowsWritten: 1 });
    expect((await db.supplier.findUniqueOrThrow({ where: { id: squatter.id } })).identityVerifiedAt).not.toBeNull();
    expect(
      await db.auditEvent.findFirst({ where: { action: "supplier.identity.verify", entityId: squatter.id } }),
    ).toMatchObject({
      after: expect.objectContaining({ verifiedBy: "published record", identifier: own, importId: byNumber.importId }),
    });
  });

  it("an OCDS release teaches the matched supplier its other identifiers and confirms a self-registration's own number", async () => {
    const tag = runTag();
    const own = number();
    const registered = await createSupplier({
      legalName: `Adatum${tag} Ltd`,
      companiesHouseNumber: own,
      selfRegistered: true,
    });
    const charity = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const party = await importOcdsFixture(`ADATUM${tag} LIMITED`, own, [
      { scheme: "GB-CHC", id: charity },
      { scheme: "GB-COH", id: own },
    ]);
    expect(party.id).toBe(registered.id);
    expect(party.identityVerifiedAt).not.toBeNull();
    expect(
      await db.supplierIdentifier.findUnique({
        where: { scheme_identifier: { scheme: "GB-CHC", identifier: charity } },
      }),
    ).toMatchObject({ supplierId: registered.id, source: "ocds" });
    expect(
      await db.auditEvent.findFirst({ where: { action: "supplier.identifier.add", entityId: registered.id } }),
    ).toMatchObject({ after: expect.objectContaining({ scheme: "GB-CHC", source: "ocds" }) });
    expect(await db.auditEvent.count({ where: { action: "supplier.identity.verify", entityId: registered.id } })).toBe(
      1,
    );
  });

  it("refuses a spend file with a header and no payment lines, saying so", async () => {
    const department = await createDepartment();
    const file = spendFile([]);
    const { importId, result } = await importSpend(file, department.id);
    expect(result).toMatchObject({ status: "REJECTED", problemCount: 1 });
    const record = await db.import.findUniqueOrThrow({ where: { id: importId } });
    expect(record).toMatchObject({ status: "REJECTED", rowsWritten: 0 });
    expect(record.errors).toEqual([
      expect.objectContaining({ message: "The file has a header but no payment lines: nothing to import" }),
    ]);
    expect(await db.auditEvent.count({ where: { entityId: importId, action: "import.complete" } })).toBe(0);
  });
});
