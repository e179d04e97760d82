// Awards published without a value (Contracts Finder and Find a Tender do this; the value comes in a
// later release or on the contract): never recorded as £0 or a guess. An award nobody has valued yet is
// held and named in the import's result; the release that states the value records it; a release
// silent about the value keeps the one stated before and still applies its other changes (decision 014).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";

type Release = {
  date: string;
  awards: { value?: unknown }[];
  contracts: { value?: unknown; period: { endDate: string } }[];
};

/**
 * The two releases of the Contracts Finder fixture (award 20 March 2024; amendment 1 September 2024:
 * contract value £2,695,000.55 and end date 30 September 2026), with this run's ocid, buyer and supplier.
 */
function releases() {
  const id = randomUUID();
  const supplierName = `Made Tech ${id.slice(0, 8)} Limited`;
  const pkg = JSON.parse(
    readFileSync("tests/fixtures/ocds/contracts-finder-two-releases.json", "utf8")
      .replaceAll("ocds-b5fd17-1d2c7e58-5b1a-4c2e-9d4f-0a6b3c2d1e0f", `ocds-b5fd17-${id}`)
      .replaceAll("06591813", String(Math.floor(Math.random() * 1e8)).padStart(8, "0"))
      .replaceAll("MADE TECH LIMITED", supplierName.toUpperCase())
      .replaceAll("Made Tech Limited", supplierName)
      .replaceAll("Department for Work and Pensions", `Department for Work and Pensions ${id.slice(0, 6)}`),
  ) as { releases: Release[] };
  const [amendment, award] = pkg.releases as [Release, Release];
  const packageOf = (...rs: Release[]) => JSON.stringify({ ...pkg, releases: rs });
  return { ocid: `ocds-b5fd17-${id}`, supplierName, award, amendment, packageOf };
}

const withoutValues = (r: Release): Release => ({
  ...r,
  awards: r.awards.map(({ value: _, ...a }) => a),
  contracts: r.contracts.map(({ value: _, ...c }) => c),
});

const run = (text: string) => importOcdsPackage(db, { text, fileName: "cf.json", actor: null, createdById: null });

describe("an award published without a value", () => {
  it("is held with no contract (never £0) and named in the result, until the release that states its value", async () => {
    const { ocid, supplierName, award, amendment, packageOf } = releases();
    const first = await run(packageOf(withoutValues(award)));
    expect(first.status).toBe("COMPLETED");
    expect(first.summary).toMatchObject({
      awardsRead: 1,
      awardsRecorded: 0,
      awardValueRecorded: "0.00",
      awardsWithoutValue: [{ id: `${ocid}|CF-0042-2024-award-1`, path: "releases[0].awards[0].value" }],
    });
    expect(first.warnings).toContainEqual({
      path: "releases[0].awards[0].value",
      message: "No value stated for the award or its contract: held, with no contract, until a release states one",
    });
    expect(await db.contract.count({ where: { ocid } })).toBe(0);
    // Nothing is booked to its supplier either.
    expect(await db.supplier.count({ where: { normalisedName: normaliseSupplierName(supplierName) } })).toBe(0);
    const stored = await db.import.findUniqueOrThrow({ where: { id: first.importId } });
    expect(stored.summary).toMatchObject({ awardsWithoutValue: [{ id: `${ocid}|CF-0042-2024-award-1` }] });

    const second = await run(packageOf(amendment));
    expect(second.summary).toMatchObject({ awardsRecorded: 1, awardsWithoutValue: [] });
    const contract = await db.contract.findFirstOrThrow({ where: { ocid } });
    expect(contract.awardValue.toFixed(2)).toBe("2450000.50");
    expect(contract.currentValue.toFixed(2)).toBe("2695000.55");
  });

  it("takes the contract's value when only the contract states one, and says so", async () => {
    const { ocid, award, packageOf } = releases();
    const result = await run(packageOf({ ...award, awards: award.awards.map(({ value: _, ...a }) => a) }));
    expect(result.summary).toMatchObject({ awardsRecorded: 1, awardsWithoutValue: [] });
    expect(result.warnings).toContainEqual({
      path: "releases[0].awards[0].value",
      message: "Award value not stated: the contract's value is recorded as the award value",
    });
    const contract = await db.contract.findFirstOrThrow({ where: { ocid } });
    expect(contract.awardValue.toFixed(2)).toBe("2450000.50");
  });

  it("a later release silent about the value keeps the earlier one and still applies its other changes", async () => {
    const { ocid, award, amendment, packageOf } = releases();
    const result = await run(packageOf(withoutValues(amendment), award));
    expect(result.summary).toMatchObject({ awardsRecorded: 1, awardsWithoutValue: [], contractsRecorded: 1 });
    const contract = await db.contract.findFirstOrThrow({ where: { ocid } });
    expect(contract.awardValue.toFixed(2)).toBe("2450000.50");
    expect(contract.currentValue.toFixed(2)).toBe("2450000.50");
    // The amendment's new end date (30 September 2026, +01:00) is applied all the same.
    expect(contract.endDate.toISOString().slice(0, 10)).toBe("2026-09-30");
    const amendments = await db.amendment.findMany({ where: { contractId: contract.id } });
    expect(amendments.map((a) => a.kind)).toEqual(["EXTENSION"]);
  });
});
