import { describe, expect, it } from "vitest";
import { ImportTally, groupWarnings } from "./import-tally";

describe("groupWarnings", () => {
  it("groups by kind with counts and paths, most frequent first", () => {
    expect(
      groupWarnings([
        {
          path: "releases[3].tender.procurementMethod",
          message: "Procurement method not stated: recorded as not stated",
        },
        { path: "releases[0].x", message: "Field from an extension Partnerscope does not use: ignored" },
        {
          path: "releases[5].tender.procurementMethod",
          message: "Procurement method not stated: recorded as not stated",
        },
      ]),
    ).toEqual([
      {
        message: "Procurement method not stated: recorded as not stated",
        count: 2,
        paths: ["releases[3].tender.procurementMethod", "releases[5].tender.procurementMethod"],
      },
      { message: "Field from an extension Partnerscope does not use: ignored", count: 1, paths: ["releases[0].x"] },
    ]);
  });
});

describe("ImportTally", () => {
  it("a contract created and then changed in one import is listed once, as created", () => {
    const tally = new ImportTally();
    tally.contract("created", { id: "c1", label: "A" });
    tally.contract("updated", { id: "c1", label: "A" });
    tally.contract("unchanged", { id: "c2", label: "B" });
    tally.contract("updated", { id: "c2", label: "B" });
    tally.contract("unchanged", { id: "c2", label: "B" });
    const s = tally.summary(0, { awards: 0, suppliers: 0, awardValue: "0.00" }).contracts;
    expect(s).toEqual({ created: [{ id: "c1", label: "A" }], updated: [{ id: "c2", label: "B" }], unchanged: [] });
  });

  it("counts each award once, at its latest release, with exact totals", () => {
    const tally = new ImportTally();
    tally.awards.set("o|1", { suppliers: 1, value: "10932000.00" });
    tally.awards.set("o|1", { suppliers: 1, value: "109320.00" });
    tally.awards.set("o|2", { suppliers: 34, value: "0.10" });
    tally.awards.set("o|3", { suppliers: 2, value: "0.20" });
    const s = tally.summary(3, { awards: 3, suppliers: 37, awardValue: "109320.30" });
    expect(s).toMatchObject({ awardsRead: 3, suppliersRead: 37, awardValueRead: "109320.30" });
  });
});
