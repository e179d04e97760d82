// The OCDS export validates against the OCDS 1.1.5 release package schema and carries the consortium.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/ocds/route";
import { db } from "@/lib/db";
import { validateReleasePackage } from "@/lib/ocds/validate";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { addMember, createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";

async function consortium() {
  const department = await createDepartment();
  const lead = await createSupplier({ companiesHouseNumber: `OC${String(Date.now()).slice(-6)}` });
  const sme = await createSupplier();
  const contract = await createContract(department.id, lead.id, { routeToMarket: "DIRECT_AWARD", procurementMethod: "DIRECT", directAwardJustification: "Extreme urgency", numberOfTenderers: 1 });
  await addMember(contract.id, sme.id, { role: "data", pledgedSharePercent: "12.50" });
  await db.amendment.create({ data: { contractId: contract.id, kind: "EXTENSION", date: new Date("2025-01-10"), rationale: "Six-month extension", valueChange: "250000.00" } });
  await db.spendTransaction.createMany({
    data: [
      { kind: "DIRECT", departmentId: department.id, contractId: contract.id, payeeSupplierId: lead.id, paidOn: new Date("2025-02-01"), amount: "100000.10", fingerprint: `ocds:${contract.id}:1` },
      { kind: "INDIRECT", departmentId: department.id, contractId: contract.id, payerSupplierId: lead.id, payeeSupplierId: sme.id, paidOn: new Date("2025-02-20"), amount: "12500.00", fingerprint: `ocds:${contract.id}:2` },
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
    expect(release.tender).toMatchObject({ procurementMethod: "direct", procurementMethodRationale: "Extreme urgency", numberOfTenderers: 1 });
    expect(release.awards[0].suppliers).toEqual([{ id: `GB-COH-${lead.companiesHouseNumber}`, name: lead.legalName }]);
    expect(release.awards[0].hasSubcontracting).toBe(true);
    expect(release.awards[0].subcontracting.subcontracts[0]).toMatchObject({ subcontractor: { name: sme.legalName }, minimumPercentage: 12.5, description: "data" });
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
