// Two real Find a Tender releases through the import (tests/fixtures/ocds/SOURCES.md): a UK7 contract
// details notice whose award states no value but whose contract does, and a utility's framework whose six
// awards are published without any value. Ocids and release ids are this run's own; names are as published.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { realPackage } from "@/tests/fixtures/ocds-package";

const day = (d: Date) => d.toISOString().slice(0, 10);

describe("real Find a Tender releases", () => {
  it("a contract details notice: its supplier by PPON, the contract's value, the days published, the method as published", async () => {
    const { pkg, ocid } = realPackage("find-a-tender-published.json");
    const result = await importOcdsPackage(db, {
      text: JSON.stringify(pkg),
      fileName: "fts.json",
      actor: null,
      createdById: null,
    });
    expect(result.status).toBe("COMPLETED");
    const contract = await db.contract.findFirstOrThrow({
      where: { ocid: ocid("052a2e") },
      include: { leadPartner: { include: { identifiers: true } }, department: true },
    });
    expect(contract).toMatchObject({
      title: "Route optimisation software",
      ocdsContractId: "1",
      ocdsAwardId: "1",
      procurementMethod: "DIRECT",
      routeToMarket: "DIRECT_AWARD",
      status: "ACTIVE",
    });
    expect(contract.department.name).toBe("Lancaster City Council");
    expect(contract.leadPartner.legalName).toBe("Integrated Skills Limited");
    expect(contract.leadPartner.identifiers).toContainEqual(
      expect.objectContaining({ scheme: "GB-PPON", identifier: "PBHQ-9995-HXVM" }),
    );
    // The award states no value; the contract's £54,393.60 (net; £67,992 gross) is both, and said so.
    expect(contract.awardValue.toFixed(2)).toBe("54393.60");
    expect(contract.currentValue.toFixed(2)).toBe("54393.60");
    expect(result.warnings).toContainEqual({
      path: "releases[0].awards[0].value",
      message: "Award value not stated: the contract's value is recorded as the award value",
    });
    // "2025-05-19T00:00:00Z" to "2028-05-18T23:59:59Z" (00:59:59 BST on 19 May), signed "2025-04-04T00:00:00Z".
    expect(day(contract.startDate)).toBe("2025-05-19");
    expect(day(contract.endDate)).toBe("2028-05-18");
    expect(day(contract.awardDate)).toBe("2025-04-04");
  });

  it("six framework awards published without a value: held, none recorded as £0, each named in the result", async () => {
    const { pkg, ocid } = realPackage("find-a-tender-published.json");
    const result = await importOcdsPackage(db, {
      text: JSON.stringify(pkg),
      fileName: "fts.json",
      actor: null,
      createdById: null,
    });
    const framework = ocid("02874c");
    expect(await db.contract.count({ where: { ocid: framework } })).toBe(0);
    expect(await db.framework.count({ where: { ocid: framework } })).toBe(0);
    expect(result.summary!.awardsWithoutValue!.map((a) => a.id)).toEqual(
      ["1-1", "2-2", "3-3", "1-4", "1-5", "1-6"].map((n) => `${framework}|052408-2025-${n}`),
    );
    expect(result.summary).toMatchObject({
      awardsRead: 7,
      awardsRecorded: 1,
      awardValueRead: "54393.60",
      awardValueRecorded: "54393.60",
    });
    // The release itself is recorded, so the one that states the values is applied after it.
    expect(await db.ocdsRelease.count({ where: { ocid: framework } })).toBe(1);
  });
});
