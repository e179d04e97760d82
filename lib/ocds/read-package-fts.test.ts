// The reader against two real Find a Tender releases (028961-2025, a UK7 contract details notice;
// 052408-2025, six awards of a utility's framework; see tests/fixtures/ocds/SOURCES.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReleasePackage } from "./read-package";

const pkg: unknown = JSON.parse(readFileSync("tests/fixtures/ocds/find-a-tender-published.json", "utf8"));
const { problems, releases } = readReleasePackage(pkg);
const [contractDetails, framework] = releases;
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

describe("real Find a Tender releases", () => {
  it("read as published: the supplier's PPON, the contract's value, the procurement method", () => {
    expect(problems).toEqual([]);
    expect(contractDetails).toMatchObject({
      ocid: "ocds-h6vhtk-052a2e",
      procurementMethod: "DIRECT",
      procurementMethodDetails: "Below threshold - without competition",
      buyer: { name: "Lancaster City Council" },
    });
    const [award] = contractDetails!.awards;
    expect(award).toMatchObject({ awardId: "1", value: null, relatedLots: ["1"] });
    expect(award!.suppliers).toEqual([
      expect.objectContaining({
        name: "Integrated Skills Limited",
        identifiers: [{ scheme: "GB-PPON", id: "PBHQ-9995-HXVM" }],
      }),
    ]);
    expect(contractDetails!.contracts).toEqual([
      expect.objectContaining({ contractId: "1", awardId: "1", value: "54393.60" }),
    ]);
    expect(framework).toMatchObject({ procurementMethod: "SELECTIVE", framework: true });
    expect(framework!.lots).toHaveLength(4);
    expect(framework!.awards.map((a) => [a.awardId, a.suppliers.map((s) => s.name), a.value])).toEqual([
      ["052408-2025-1-1", ["Brenntag UK Limited"], null],
      ["052408-2025-2-2", ["Airedale Chemical Company Ltd"], null],
      ["052408-2025-3-3", ["Industrial Chemicals Ltd"], null],
      ["052408-2025-1-4", ["Airedale Chemical Company Ltd"], null],
      ["052408-2025-1-5", ["Brenntag UK Limited"], null],
      ["052408-2025-1-6", ["Airedale Chemical Company Ltd"], null],
    ]);
  });

  it("dates are the days published, in summer time whether written in UTC or at local midnight", () => {
    const contract = contractDetails!.contracts[0]!;
    // "2025-05-19T00:00:00Z" and "2028-05-18T23:59:59Z" (00:59:59 BST on 19 May): the days written.
    expect(day(contract.period?.startDate)).toBe("2025-05-19");
    expect(day(contract.period?.endDate)).toBe("2028-05-18");
    expect(day(contract.dateSigned)).toBe("2025-04-04");
    // "2025-08-22T00:00:00+01:00", local midnight: 22 August, not the 21st (UTC 23:00).
    expect(framework!.contracts.map((c) => day(c.dateSigned))).toEqual(Array(6).fill("2025-08-22"));
  });
});
