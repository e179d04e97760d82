import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inReleaseOrder, readReleasePackage } from "./read-package";

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/ocds/${name}`, "utf8")) as unknown;

describe("readReleasePackage", () => {
  it("reads a Contracts Finder package: buyer, supplier identifiers, values, periods, method, tenderers, SME suitability", () => {
    const { problems, warnings, releases } = readReleasePackage(fixture("contracts-finder-two-releases.json"));
    expect(problems).toEqual([]);
    expect(releases).toHaveLength(2);
    const [later] = releases;
    expect(later).toMatchObject({
      ocid: "ocds-b5fd17-1d2c7e58-5b1a-4c2e-9d4f-0a6b3c2d1e0f",
      buyer: { name: "Department for Work and Pensions", identifier: "D25" },
      title: "Universal Credit data platform modernisation",
      procurementMethod: "SELECTIVE",
      numberOfTenderers: 4,
      smeSuitable: true,
      awards: [
        {
          awardId: "CF-0042-2024-award-1",
          value: "2450000.50",
          suppliers: [{ name: "Made Tech Limited", companiesHouseNumber: "06591813" }],
        },
      ],
      contracts: [
        {
          contractId: "CF-0042-2024-contract-1",
          awardId: "CF-0042-2024-award-1",
          value: "2695000.55",
          status: "active",
        },
      ],
    });
    // 23:59:59 on 30 September, UK summer time: the contract ends that day.
    expect(later!.contracts[0]!.period!.endDate!.toISOString().slice(0, 10)).toBe("2026-09-30");
    // Harmless deviations are warnings: an extension field and a malformed document URL.
    expect(warnings.map((w) => w.path)).toEqual([
      "releases[0].cf_noticeIdentifier",
      "releases[0].tender.documents[0].url",
    ]);
  });

  it("orders releases by date within an ocid, whatever the order in the file", () => {
    const { releases } = readReleasePackage(fixture("contracts-finder-two-releases.json"));
    expect(inReleaseOrder(releases).map((r) => r.releaseId.slice(-10))).toEqual(["2024-03-20", "2024-09-01"]);
  });

  it("refuses a package missing what the import needs, with the JSON path of each problem", () => {
    const { problems, releases } = readReleasePackage(fixture("find-a-tender-broken.json"));
    expect(releases).toEqual([]);
    expect(problems).toEqual([
      { path: "releases[0].ocid", message: "Missing ocid" },
      {
        path: "releases[0].awards[0].suppliers[0].id",
        message: 'Supplier "GB-COH-00000001" is not among the release\'s parties',
      },
      { path: "releases[0].awards[0].value.amount", message: "A value without an amount" },
      { path: "releases[1].date", message: "Missing release date" },
    ]);
  });

  it("refuses something that is not a release package", () => {
    expect(readReleasePackage({ records: [] }).problems).toEqual([
      { path: "releases", message: "Not a release package: no releases array" },
    ]);
  });
});
