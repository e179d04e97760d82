// The OCDS export validates against the OCDS 1.1.5 release package schema and carries the consortium.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/ocds/route";
import { db } from "@/lib/db";
import { PUBLISHED_EXTENSION_URLS } from "@/lib/ocds/extensions";
import { validateRelease, validateReleasePackage } from "@/lib/ocds/validate";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { addMember, createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";

async function consortium() {
  const department = await createDepartment();
  const lead = await createSupplier({ companiesHouseNumber: `OC${String(Date.now()).slice(-6)}` });
  const sme = await createSupplier();
  const contract = await createContract(department.id, lead.id, {
    routeToMarket: "DIRECT_AWARD",
    procurementMethod: "DIRECT",
    directAwardJustification: "Extreme urgency",
    numberOfTenderers: 1,
  });
  await addMember(contract.id, sme.id, { role: "data", pledgedSharePercent: "12.50" });
  await db.amendment.create({
    data: {
      contractId: contract.id,
      kind: "EXTENSION",
      date: new Date("2025-01-10"),
      rationale: "Six-month extension",
      valueChange: "250000.00",
    },
  });
  await db.spendTransaction.createMany({
    data: [
      {
        kind: "DIRECT",
        departmentId: department.id,
        contractId: contract.id,
        payeeSupplierId: lead.id,
        paidOn: new Date("2025-02-01"),
        amount: "100000.10",
        fingerprint: `ocds:${contract.id}:1`,
      },
      {
        kind: "INDIRECT",
        departmentId: department.id,
        contractId: contract.id,
        payerSupplierId: lead.id,
        payeeSupplierId: sme.id,
        paidOn: new Date("2025-02-20"),
        amount: "12500.00",
        fingerprint: `ocds:${contract.id}:2`,
      },
    ],
  });
  return { department, lead, sme, contract };
}

const get = (query: string) => GET(new Request(`http://localhost/api/exports/ocds?${query}`));

describe("GET /api/exports/ocds", () => {
  it("produces a release package that validates against the OCDS 1.1.5 schema", async () => {
    const { department, lead, sme, contract } = await consortium();
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    const response = await get("");
    const pkg = (await response.json()) as { releases: Array<Record<string, any>> };
    const validation = validateReleasePackage(pkg);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    expect(pkg.releases).toHaveLength(1);
    const release = pkg.releases[0]!;
    expect(release.ocid).toBe(`ocds-pscope-${contract.id}`);
    expect(release.tender).toMatchObject({
      procurementMethod: "direct",
      procurementMethodRationale: "Extreme urgency",
      numberOfTenderers: 1,
    });
    expect(release.awards[0].suppliers).toEqual([{ id: `GB-COH-${lead.companiesHouseNumber}`, name: lead.legalName }]);
    expect(release.awards[0].hasSubcontracting).toBe(true);
    expect(release.awards[0].subcontracting.subcontracts[0]).toMatchObject({
      subcontractor: { name: sme.legalName },
      description: "data: pledged 12.5% of contract value, from 2024-02-01",
    });
    expect(release.awards[0].subcontracting.minimumPercentage).toBe(0.125);
    const transactions = release.contracts[0].implementation.transactions;
    expect(transactions.map((t: any) => [t.payer.name, t.payee.name, t.value.amount])).toEqual([
      [department.name, lead.legalName, 100000.1],
      [lead.legalName, sme.legalName, 12500],
    ]);
    expect(release.contracts[0].amendments[0]).toMatchObject({ rationale: "Six-month extension" });
    expect(release.parties.find((p: any) => p.name === sme.legalName).roles).toEqual(["subcontractor", "payee"]);
  });

  it("an invalid package is caught by the validator (the check can fail)", () => {
    expect(validateReleasePackage({ version: "1.1", releases: [{ ocid: "x" }] }).valid).toBe(false);
  });

  it("for every department the caller may see: streamed in batches, declaring and validating against Find a Tender's extensions", async () => {
    const [a, b] = await Promise.all([consortium(), consortium()]);
    const outside = await consortium();
    const lead = await createSupplier();
    // More contracts than one batch of the stream (200), so batches are joined.
    await db.contract.createMany({
      data: Array.from({ length: 230 }, (_, i) => ({
        departmentId: b.department.id,
        leadPartnerId: lead.id,
        title: `Batch contract ${i}`,
        routeToMarket: "OPEN" as const,
        procurementMethod: "OPEN" as const,
        awardValue: "100.00",
        currentValue: "100.00",
        awardDate: new Date("2024-01-15"),
        startDate: new Date("2024-02-01"),
        endDate: new Date("2027-01-31"),
      })),
    });
    actAs(await createUser("AUDITOR", { grantedDepartmentIds: [a.department.id, b.department.id] }));
    const response = await get("departmentId=");
    expect(response.headers.get("content-disposition")).toContain("partnerscope-ocds-all-");
    const pkg = (await response.json()) as { extensions: string[]; releases: Array<Record<string, any>> };
    expect(pkg.extensions).toEqual(PUBLISHED_EXTENSION_URLS);
    expect(pkg.extensions).toContain(
      "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
    );
    const validation = validateReleasePackage(pkg);
    expect(validation).toEqual({ valid: true, errors: [], unvalidatedExtensions: [] });
    const ocids = pkg.releases.map((r) => r.ocid as string);
    expect(ocids).toHaveLength(232);
    expect(new Set(ocids).size).toBe(232);
    expect(ocids).toEqual(expect.arrayContaining([`ocds-pscope-${a.contract.id}`, `ocds-pscope-${b.contract.id}`]));
    expect(ocids).not.toContain(`ocds-pscope-${outside.contract.id}`);
  });

  it("validates with the declared extensions' schemas merged in: a wrong type in an extension field fails only when it is declared", () => {
    const release = {
      ocid: "ocds-pscope-x",
      id: "1",
      date: "2025-01-01T00:00:00Z",
      tag: ["award"],
      initiationType: "tender",
      awards: [{ id: "a", hasSubcontracting: "yes", subcontracting: { minimumPercentage: 12.5 } }],
    };
    const pkg = {
      uri: "https://example.org/p",
      version: "1.1",
      publishedDate: "2025-01-01T00:00:00Z",
      publisher: { name: "x" },
      releases: [release],
    };
    expect(validateReleasePackage(pkg).valid).toBe(true);
    const declared = validateReleasePackage({ ...pkg, extensions: PUBLISHED_EXTENSION_URLS });
    expect(declared.valid).toBe(false);
    expect(declared.errors).toEqual(
      expect.arrayContaining([
        "/releases/0/awards/0/hasSubcontracting must be boolean,null",
        "/releases/0/awards/0/subcontracting/minimumPercentage must be <= 1",
      ]),
    );
    // One release, as a notice is checked before it is packaged: the published extensions by default.
    expect(validateRelease(release).valid).toBe(false);
    expect(validateRelease(release, []).valid).toBe(true);
    const unknown = "https://raw.githubusercontent.com/portaledcahn/ocds_Links_extension/main/extension.json";
    expect(validateReleasePackage({ ...pkg, extensions: [unknown] }).unvalidatedExtensions).toEqual([unknown]);
  });

  it("is audited, and refused for a department outside the caller's scope", async () => {
    const { department } = await consortium();
    const other = await createDepartment();
    const auditor = await createUser("AUDITOR", { grantedDepartmentIds: [department.id] });
    actAs(auditor);
    await (await get(`departmentId=${department.id}`)).arrayBuffer();
    expect(await db.auditEvent.count({ where: { actorId: auditor.id, action: "export.ocds" } })).toBe(1);
    await expectForbidden(get(`departmentId=${other.id}`));
  });
});
