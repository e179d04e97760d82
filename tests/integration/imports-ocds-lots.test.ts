// A Find a Tender process with lots: Find a Tender's published planning release (tender.lots), then
// an award per lot (awards[].relatedLots) with several contracts, then a contract change.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import type { OcdsImportResult } from "@/lib/ocds/import-result";
import { realPackage } from "@/tests/fixtures/ocds-package";

const { pkg, ocid } = realPackage("find-a-tender-lots.json");
const OCID = ocid("ocds-h6vhtk-0026ef");
let result: OcdsImportResult;

beforeAll(async () => {
  result = await importOcdsPackage(db, {
    text: JSON.stringify(pkg),
    fileName: "fts.json",
    actor: null,
    createdById: null,
  });
});

describe("a Find a Tender process with lots and several contracts", () => {
  it("the planning release creates no contract; each OCDS contract is one contract", async () => {
    expect(result.status).toBe("COMPLETED");
    expect(result.summary).toMatchObject({
      releasesRead: 3,
      processReleases: 1,
      awardsRead: 2,
      awardsRecorded: 2,
      contractsRead: 3,
      contractsRecorded: 3,
      suppliersRead: 2,
      suppliersRecorded: 2,
    });
    // Award values once per award, though award 1 has two contracts.
    expect(result.summary!.awardValueRead).toBe("150000.50");
    expect(result.summary!.awardValueRecorded).toBe("150000.50");
    const contracts = await db.contract.findMany({
      where: { ocid: OCID },
      orderBy: { ocdsContractId: "asc" },
      include: { leadPartner: true },
    });
    expect(
      contracts.map((c) => [
        c.ocdsContractId,
        c.ocdsAwardId,
        c.awardValue.toFixed(2),
        c.currentValue.toFixed(2),
        c.leadPartner.legalName,
      ]),
    ).toEqual([
      ["1", "1", "100000.00", "60000.00", "Corporate Travel Management (North) Limited"],
      ["2", "1", "100000.00", "40000.00", "Corporate Travel Management (North) Limited"],
      ["3", "2", "50000.50", "55250.75", "TBR Global Limited"],
    ]);
    expect(
      contracts.every(
        (c) =>
          c.procurementMethod === "OPEN" &&
          c.numberOfTenderers === 3 &&
          c.startDate.toISOString().startsWith("2021-07-01"),
      ),
    ).toBe(true);
  });

  it("the later release's change to contract 3 is an amendment citing it", async () => {
    const contract = await db.contract.findFirstOrThrow({
      where: { ocid: OCID, ocdsContractId: "3" },
      include: { amendments: { orderBy: { kind: "asc" } } },
    });
    expect(contract.endDate.toISOString().slice(0, 10)).toBe("2022-06-30");
    expect(
      contract.amendments.map((a) => [
        a.kind,
        a.sourceReleaseId?.split("-").slice(0, 2).join("-"),
        a.valueChange.toFixed(2),
      ]),
    ).toEqual([
      ["EXTENSION", "004242-2021", "0.00"],
      ["VALUE_CHANGE", "004242-2021", "5250.25"],
    ]);
  });

  it("the import lists each contract created, and its warnings by JSON path", () => {
    expect(result.summary!.contracts.created).toHaveLength(3);
    expect(result.warnings.some((w) => w.message.startsWith("SME suitability not stated"))).toBe(true);
  });

  it("two imports of one package at once record it once", async () => {
    const { pkg: other, ocid: otherOcid } = realPackage("find-a-tender-lots.json");
    const text = JSON.stringify(other);
    const both = await Promise.all(
      [0, 1].map(() => importOcdsPackage(db, { text, fileName: "fts.json", actor: null, createdById: null })),
    );
    expect(both.map((r) => r.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(both.map((r) => r.releasesApplied).sort()).toEqual([0, 3]);
    expect(await db.contract.count({ where: { ocid: otherOcid("ocds-h6vhtk-0026ef") } })).toBe(3);
  });
});
