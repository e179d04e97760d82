// The reader against a real Contracts Finder package (200 releases published January-March 2025;
// see tests/fixtures/ocds/SOURCES.md). Expected figures were counted from the file independently.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inReleaseOrder, readReleasePackage } from "./read-package";

const pkg = JSON.parse(readFileSync("tests/fixtures/ocds/contracts-finder-package.json", "utf8")) as {
  releases: { tender: { contractPeriod?: { startDate?: string } } }[];
};
const { problems, warnings, releases } = readReleasePackage(pkg);
const byOcid = (suffix: string) => inReleaseOrder(releases).filter((r) => r.ocid.endsWith(suffix));

describe("a real Contracts Finder package", () => {
  it("reads every release, award and award supplier", () => {
    expect(problems).toEqual([]);
    expect(releases).toHaveLength(200);
    const awards = releases.flatMap((r) => r.awards);
    expect(awards).toHaveLength(147);
    // 267 supplier references; 15 name an organisation already on their award (Dennis Eagle twice
    // under one party id; Aurora Group as two parties on each Placements award; Places for People's
    // framework names Axis Europe four times, once per lot): 252 suppliers, and a warning for each.
    expect(awards.reduce((n, a) => n + a.suppliers.length, 0)).toBe(252);
    const twice = warnings
      .filter((w) => w.message === "A supplier named twice on one award: recorded once")
      .map((w) => w.path);
    expect(twice).toHaveLength(15);
    expect(twice).toEqual(
      expect.arrayContaining([
        "releases[118].awards[0].suppliers[4]",
        "releases[153].awards[0].suppliers[6]",
        "releases[177].awards[0].suppliers[21]",
      ]),
    );
  });

  it("keeps all 35 suppliers of ESPO's £400m specialist vehicles framework, in published order", () => {
    const [release] = byOcid("8d84c691-fc64-4f64-b240-443a0af1ba82");
    expect(release!.framework).toBe(true);
    const [award] = release!.awards;
    expect(award!.value).toBe("400000000.00");
    // 35 names, Dennis Eagle twice (once "t/a Terberg Matec UK") under one Companies House number.
    expect(award!.suppliers).toHaveLength(34);
    expect(award!.suppliers.filter((s) => s.companiesHouseNumber === "03794455")).toHaveLength(1);
  });

  it("a process with two awards (Birkenhead market: the PCSA and the main works) gives both", () => {
    const rs = byOcid("e0d4b2ec-d437-468f-82c7-1d751544e9ea");
    expect(rs.flatMap((r) => r.awards.map((a) => [a.awardId.slice(-2), a.value]))).toEqual([
      ["-1", "18848731.00"],
      ["-2", "188487.00"],
    ]);
  });

  it("a later award update corrects the value (PwC: £10,932,000 then £109,320)", () => {
    const rs = byOcid("09a309a3-8541-48b9-91c4-411c52e5bd34");
    expect(rs.map((r) => [r.releaseId.slice(-6), r.awards[0]!.value])).toEqual([
      ["832939", "10932000.00"],
      ["832942", "109320.00"],
    ]);
  });

  it("reads dates published at local midnight in summer time as the day they name", () => {
    const summerMidnights = releases.flatMap((r) => r.awards).filter((a) => a.period?.startDate && a.path && true);
    const raw = JSON.stringify(pkg);
    expect(raw.match(/"startDate": ?"\d{4}-\d{2}-\d{2}T00:00:00\+01:00"/g)!.length).toBeGreaterThanOrEqual(37);
    const [framework] = byOcid("8c7529f3-ad28-4b4d-b917-c5d1578e412f");
    // "2025-04-01T00:00:00+01:00" is 1 April in the UK (31 March 23:00 UTC): financial year 2025-26.
    expect(framework!.awards[0]!.period!.startDate!.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(summerMidnights.length).toBeGreaterThan(0);
  });

  it("leaves an unstated procurement method unknown, with a warning for each award release", () => {
    const unstated = releases.filter((r) => r.awards.length > 0 && r.procurementMethod === null);
    expect(unstated).toHaveLength(38);
    const methodWarnings = warnings.filter((w) => w.message.startsWith("Procurement method not stated"));
    expect(methodWarnings.map((w) => w.path)).toEqual(
      unstated.map((r) => `releases[${r.index}].tender.procurementMethod`),
    );
  });
});
