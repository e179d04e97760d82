// The OCDS import follows the spend import's identity rule: a party named like a registered supplier
// but with another Companies House number is never silently a new supplier. The package waits whole
// (nothing written) until an administrator says who it is; then it applies, on the worker, to that
// supplier, or to a new one holding the package's number (decision 013).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOcdsPartySupplier, linkOcdsParty } from "@/lib/imports/ocds-match-actions";
import { listOcdsMatchQueue } from "@/lib/imports/queries";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { actAs } from "@/tests/auth";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import { companiesHouseNumber, createDepartment, createSupplier, createUser } from "@/tests/factories";
import { runTag } from "@/tests/fixtures/spend-files";
import { jobsDone } from "@/tests/jobs";
import { sweepJob } from "@/lib/jobs/definitions/sweep";
import { sendJob } from "@/lib/jobs/send";

/** The Contracts Finder fixture with this run's ocid and buyer, naming `supplierName` with `number`. */
function packageNaming(supplierName: string, number: string) {
  const id = randomUUID();
  const text = readFileSync("tests/fixtures/ocds/contracts-finder-two-releases.json", "utf8")
    .replaceAll("ocds-b5fd17-1d2c7e58-5b1a-4c2e-9d4f-0a6b3c2d1e0f", `ocds-b5fd17-${id}`)
    .replaceAll("06591813", number)
    .replaceAll("MADE TECH LIMITED", supplierName.toUpperCase())
    .replaceAll("Made Tech Limited", supplierName)
    .replaceAll("Department for Work and Pensions", `Department for Work and Pensions ${id.slice(0, 6)}`);
  return { text, ocid: `ocds-b5fd17-${id}` };
}

const run = (text: string) => importOcdsPackage(db, { text, fileName: "cf.json", actor: null, createdById: null });

/** A registered supplier, and a package naming it with another Companies House number: the package waits. */
async function waitingPackage() {
  const tag = runTag();
  const legalName = `Northwind${tag} Analytics Limited`;
  const registered = await createSupplier({ legalName, companiesHouseNumber: companiesHouseNumber() });
  const other = companiesHouseNumber();
  const { text, ocid } = packageNaming(legalName, other);
  const result = await run(text);
  return { registered, other, text, ocid, result, legalName };
}

const suppliersNamed = (legalName: string) =>
  db.supplier.findMany({ where: { normalisedName: normaliseSupplierName(legalName) } });
const holderOf = (identifier: string) =>
  db.supplierIdentifier.findUnique({ where: { scheme_identifier: { scheme: "GB-COH", identifier } } });

describe("an OCDS party the supplier rule would queue", () => {
  it("holds the whole package, writing nothing, with the party in the import's match queue", async () => {
    const { registered, other, ocid, result, legalName } = await waitingPackage();
    expect(result.status).toBe("AWAITING_MATCHES");
    expect(result.matchQueue).toEqual([
      expect.objectContaining({
        name: legalName,
        reason: "identifier-differs",
        supplierIds: [registered.id],
        identifiers: [{ scheme: "GB-COH", identifier: other }],
        // Both releases name it: one entry, both places, in the order the releases apply (oldest first).
        paths: ["releases[1].awards[0].suppliers[0]", "releases[0].awards[0].suppliers[0]"],
        decision: null,
      }),
    ]);
    expect(await db.contract.count({ where: { ocid } })).toBe(0);
    expect(await db.ocdsRelease.count({ where: { ocid } })).toBe(0);
    expect(await suppliersNamed(legalName)).toHaveLength(1);
    expect(await holderOf(other)).toBeNull();
    const record = await db.import.findUniqueOrThrow({ where: { id: result.importId } });
    expect(record).toMatchObject({ status: "AWAITING_MATCHES", unmatchedSuppliers: 1, rowsWritten: 0 });
    // The file is kept for the run after the answers (the command line's text, stored like an upload),
    // and the sweeper of ended imports' files leaves it.
    await sendJob(sweepJob, {});
    await jobsDone("sweep");
    expect(await db.importUpload.count({ where: { importId: result.importId } })).toBeGreaterThan(0);
    expect(
      await db.auditEvent.findFirst({ where: { action: "import.await-matches", entityId: result.importId } }),
    ).toMatchObject({ after: expect.objectContaining({ waitingFor: [expect.objectContaining({ name: legalName })] }) });
  });

  it("an administrator links it to the registered supplier: the package applies to that supplier, which learns the number", async () => {
    const { registered, other, ocid, result, legalName } = await waitingPackage();
    const [party] = result.matchQueue;
    // The import's page lists it, the registered supplier first among the candidates.
    actAs(await createUser("ADMIN"));
    const listed = await listOcdsMatchQueue(result.importId);
    expect(listed).toEqual([expect.objectContaining({ key: party!.key, name: legalName })]);
    expect(listed[0]!.candidates[0]).toMatchObject({ id: registered.id });
    const answer = () =>
      linkOcdsParty(
        { status: "idle" },
        form({ importId: result.importId, partyKey: party!.key, supplierId: registered.id }),
      );
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id }));
    await expectForbidden(answer());
    const admin = await createUser("ADMIN");
    actAs(admin);
    await expectRedirect(answer(), `/imports/${result.importId}`);
    await jobsDone("ocds-import");

    const record = await db.import.findUniqueOrThrow({ where: { id: result.importId } });
    expect(record).toMatchObject({ status: "COMPLETED", rowsWritten: 2, unmatchedSuppliers: 0 });
    expect(record.summary).toMatchObject({
      supplierMatches: [{ name: legalName, supplierId: registered.id, how: "linked" }],
    });
    const contract = await db.contract.findFirstOrThrow({ where: { ocid } });
    expect(contract.leadPartnerId).toBe(registered.id);
    expect(await suppliersNamed(legalName)).toHaveLength(1);
    expect(await holderOf(other)).toMatchObject({ supplierId: registered.id, source: "match" });
    expect(
      await db.auditEvent.findFirst({ where: { action: "import.party.match", entityId: result.importId } }),
    ).toMatchObject({
      actorId: admin.id,
      after: expect.objectContaining({ supplierId: registered.id, how: "linked" }),
    });
    // The file is no longer held once applied; importing the package again changes nothing and waits for nobody.
    expect(await db.importUpload.count({ where: { importId: result.importId } })).toBe(0);
  });

  it("an administrator says it is another organisation: a new supplier with the package's number takes the award", async () => {
    const { registered, other, text, ocid, result, legalName } = await waitingPackage();
    actAs(await createUser("ADMIN"));
    await expectRedirect(
      createOcdsPartySupplier(
        { status: "idle" },
        form({ importId: result.importId, partyKey: result.matchQueue[0]!.key, legalName: `${legalName} (Leeds)` }),
      ),
      `/imports/${result.importId}`,
    );
    await jobsDone("ocds-import");
    expect(await db.import.findUniqueOrThrow({ where: { id: result.importId } })).toMatchObject({
      status: "COMPLETED",
    });
    const contract = await db.contract.findFirstOrThrow({ where: { ocid }, include: { leadPartner: true } });
    expect(contract.leadPartner).toMatchObject({ legalName: `${legalName} (Leeds)`, companiesHouseNumber: other });
    expect(contract.leadPartnerId).not.toBe(registered.id);
    expect(await holderOf(registered.companiesHouseNumber!)).toMatchObject({ supplierId: registered.id });
    expect(await db.contract.count({ where: { leadPartnerId: registered.id } })).toBe(0);

    const again = await run(text);
    expect(again).toMatchObject({ status: "COMPLETED", releasesApplied: 0, duplicatesSkipped: 2, matchQueue: [] });
  });

  it("refuses an answer naming no supplier, an unknown supplier or a party no longer waiting, saying which field", async () => {
    const { result } = await waitingPackage();
    const partyKey = result.matchQueue[0]!.key;
    actAs(await createUser("ADMIN"));
    const link = (values: Record<string, string>) =>
      linkOcdsParty({ status: "idle" }, form({ importId: result.importId, partyKey, ...values }));

    expect(await link({})).toMatchObject({
      status: "error",
      fieldErrors: { supplierId: ["Choose the registered supplier this is"] },
    });
    expect(await link({ supplierId: "no-such-supplier" })).toMatchObject({
      status: "error",
      fieldErrors: { supplierId: ["That supplier does not exist"] },
    });
    expect(
      await createOcdsPartySupplier({ status: "idle" }, form({ importId: result.importId, partyKey, legalName: "X" })),
    ).toMatchObject({ status: "error", fieldErrors: { legalName: ["Enter the supplier's legal name"] } });
    expect(
      await linkOcdsParty(
        { status: "idle" },
        form({ importId: result.importId, partyKey: "someone else", supplierId: "x" }),
      ),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/no longer waiting/) });
    // Nothing was decided: the import still waits for its one party.
    expect(await db.import.findUniqueOrThrow({ where: { id: result.importId } })).toMatchObject({
      status: "AWAITING_MATCHES",
      unmatchedSuppliers: 1,
    });
  });
});
