import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { jobsDone } from "@/tests/jobs";

const OCID = "ocds-b5fd17-1d2c7e58-5b1a-4c2e-9d4f-0a6b3c2d1e0f";

/**
 * The fixture with this run's own ocid, supplier (name and Companies House number) and buyer, so runs
 * do not collide: one name with another number would wait for a person to match it (decision 013).
 */
function fixtureText(name: string, reorder = false) {
  const id = randomUUID();
  const number = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  const supplierName = `Made Tech ${id.slice(0, 8)} Limited`;
  const text = readFileSync(`tests/fixtures/ocds/${name}`, "utf8")
    .replaceAll(OCID, `ocds-b5fd17-${id}`)
    .replaceAll("06591813", number)
    .replaceAll("MADE TECH LIMITED", supplierName.toUpperCase())
    .replaceAll("Made Tech Limited", supplierName)
    .replaceAll("Department for Work and Pensions", `Department for Work and Pensions ${id.slice(0, 6)}`);
  const pkg = JSON.parse(text) as { releases: unknown[] };
  if (reorder) pkg.releases.reverse();
  return { text: JSON.stringify(pkg), ocid: `ocds-b5fd17-${id}`, number, supplierName };
}

const run = (text: string) => importOcdsPackage(db, { text, fileName: "cf.json", actor: null, createdById: null });

describe("OCDS import", () => {
  it.each([false, true])("applies two releases of one ocid in date order (file reversed: %s)", async (reorder) => {
    const { text, ocid, number, supplierName } = fixtureText("contracts-finder-two-releases.json", reorder);
    const result = await run(text);
    // Created by the first release and changed by the second: listed once, as created; the change is an amendment.
    expect(result).toMatchObject({
      status: "COMPLETED",
      releasesRead: 2,
      releasesApplied: 2,
      duplicatesSkipped: 0,
      contractsCreated: 1,
      contractsUpdated: 0,
    });
    expect(result.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/cf_noticeIdentifier$/),
        expect.stringMatching(/documents\[0\]\.url$/),
      ]),
    );

    const contract = await db.contract.findFirstOrThrow({
      where: { ocid },
      include: { department: true, leadPartner: true },
    });
    expect(contract).toMatchObject({
      procurementMethod: "SELECTIVE",
      routeToMarket: "FRAMEWORK_CALL_OFF",
      numberOfTenderers: 4,
      status: "ACTIVE",
      title: "Universal Credit data platform modernisation",
    });
    expect(contract.awardValue.toFixed(2)).toBe("2450000.50");
    // The later (amendment) release wins: its value and end date.
    expect(contract.currentValue.toFixed(2)).toBe("2695000.55");
    expect(contract.endDate.toISOString().slice(0, 10)).toBe("2026-09-30");
    expect(contract.leadPartner).toMatchObject({ companiesHouseNumber: number, legalName: supplierName });
    expect(contract.department.identifier).toBe("D25");
    const amendments = await db.amendment.findMany({ where: { contractId: contract.id }, orderBy: { kind: "asc" } });
    expect(amendments.map((a) => [a.kind, a.sourceReleaseId?.slice(-10), a.valueChange.toFixed(2)])).toEqual([
      ["EXTENSION", "2024-09-01", "0.00"],
      ["VALUE_CHANGE", "2024-09-01", "245000.05"],
    ]);
    expect(await db.ocdsRelease.count({ where: { ocid, smeSuitable: true } })).toBe(2);

    // Importing the same package again changes nothing.
    const again = await run(text);
    expect(again).toMatchObject({
      status: "COMPLETED",
      releasesApplied: 0,
      duplicatesSkipped: 2,
      contractsCreated: 0,
      contractsUpdated: 0,
    });
    expect(await db.contract.count({ where: { ocid } })).toBe(1);
  });

  it("an older release arriving later is recorded but does not overwrite the newer one", async () => {
    const { text, ocid } = fixtureText("contracts-finder-two-releases.json");
    const pkg = JSON.parse(text) as { releases: unknown[] };
    await run(JSON.stringify({ ...pkg, releases: [pkg.releases[0]] }));
    const late = await run(JSON.stringify({ ...pkg, releases: [pkg.releases[1]] }));
    expect(late).toMatchObject({ releasesApplied: 1, contractsUpdated: 0 });
    const contract = await db.contract.findFirstOrThrow({ where: { ocid } });
    expect(contract.currentValue.toFixed(2)).toBe("2695000.55");
  });

  it("refuses a broken package whole, naming the JSON path of each problem", async () => {
    const result = await run(readFileSync("tests/fixtures/ocds/find-a-tender-broken.json", "utf8"));
    expect(result.status).toBe("REJECTED");
    expect(result.problems.map((p) => p.path)).toEqual([
      "releases[0].ocid",
      "releases[0].awards[0].suppliers[0].id",
      "releases[0].awards[0].value.amount",
      "releases[1].date",
    ]);
    const record = await db.import.findUniqueOrThrow({ where: { id: result.importId } });
    expect(record.status).toBe("REJECTED");
    expect((record.errors as { column: string }[]).map((e) => e.column)).toContain("releases[0].ocid");
    expect(await db.ocdsRelease.count({ where: { importId: result.importId } })).toBe(0);
    expect(await db.contract.count({ where: { ocid: "ocds-h6vhtk-0a1b2d" } })).toBe(0);
  });
});

describe("OCDS upload", () => {
  it("an administrator uploads a package; a commercial lead may not", async () => {
    const { uploadOcdsPackage } = await import("@/lib/imports/actions");
    const { actAs } = await import("@/tests/auth");
    const { expectForbidden, expectRedirect, form } = await import("@/tests/actions");
    const { createUser, createDepartment } = await import("@/tests/factories");
    const { text, ocid } = fixtureText("contracts-finder-two-releases.json");
    const upload = () => {
      const data = form({});
      data.append("ocdsFile", new File([text], "cf.json", { type: "application/json" }));
      return uploadOcdsPackage({ status: "idle" }, data);
    };
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id }));
    await expectForbidden(upload());
    actAs(await createUser("ADMIN"));
    await expectRedirect(upload(), /^\/imports\/[^/]+$/);
    // The package is imported by its job on the worker.
    await jobsDone("ocds-import");
    expect(await db.contract.count({ where: { ocid } })).toBe(1);
  });

  it.each([
    [
      "a spend CSV",
      "Department Family,Entity,Date\r\nHMT,HMT,01/04/2024\r\n",
      /^This is not JSON; a release package is a JSON object/,
    ],
    ["a PDF", "%PDF-1.7\n1 0 obj\n", /^This is a PDF document, not a JSON release package$/],
    ["a web page", "\ufeff\n<!doctype html><html>", /^This is a web page or XML document, not a JSON release package/],
  ])("refuses a .json upload that is %s, creating no Import", async (_what, text, message) => {
    const { uploadOcdsPackage } = await import("@/lib/imports/actions");
    const { actAs } = await import("@/tests/auth");
    const { form } = await import("@/tests/actions");
    const { createUser } = await import("@/tests/factories");
    const admin = await createUser("ADMIN");
    actAs(admin);
    const data = form({});
    data.append("ocdsFile", new File([text], "package.json", { type: "application/json" }));
    const result = await uploadOcdsPackage({ status: "idle" }, data);
    expect(result).toMatchObject({ status: "error", message: "Check this field: ocds file." });
    expect(result.status === "error" && result.fieldErrors?.ocdsFile).toEqual([expect.stringMatching(message)]);
    expect(await db.import.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("takes a package that starts with a byte order mark and spaces", async () => {
    const { uploadOcdsPackage } = await import("@/lib/imports/actions");
    const { actAs } = await import("@/tests/auth");
    const { expectRedirect, form } = await import("@/tests/actions");
    const { createUser } = await import("@/tests/factories");
    const { text, ocid } = fixtureText("contracts-finder-two-releases.json");
    actAs(await createUser("ADMIN"));
    const data = form({});
    data.append("ocdsFile", new File([`\ufeff \r\n${text}`], "cf.json", { type: "application/json" }));
    await expectRedirect(uploadOcdsPackage({ status: "idle" }, data), /^\/imports\/[^/]+$/);
    await jobsDone("ocds-import");
    expect(await db.contract.count({ where: { ocid } })).toBe(1);
  });
});
