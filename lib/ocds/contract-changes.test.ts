import { describe, expect, it } from "vitest";
import { contractChanges, memberChanges, type ContractFields } from "./contract-changes";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const base: ContractFields = {
  ocdsContractId: "c-1",
  ocdsAwardId: "a-1",
  title: "Data platform",
  description: null,
  procurementMethod: "OPEN",
  routeToMarket: "OPEN",
  numberOfTenderers: 4,
  leadPartnerId: "s-1",
  awardValue: "100000.00",
  currentValue: "100000.00",
  awardDate: d("2025-03-01"),
  startDate: d("2025-04-01"),
  endDate: d("2026-03-31"),
  status: "ACTIVE",
};

describe("contractChanges", () => {
  it("nothing changed: no update, no amendment", () => {
    expect(contractChanges(base, { ...base })).toEqual({ data: null, amendments: [] });
  });

  it("a new value is a value change with the difference; a later end an extension", () => {
    const { data, amendments } = contractChanges(base, {
      ...base,
      currentValue: "109320.00",
      endDate: d("2026-09-30"),
    });
    expect(data).toEqual({ currentValue: "109320.00", endDate: d("2026-09-30") });
    expect(amendments).toEqual([
      {
        kind: "VALUE_CHANGE",
        rationale: "value £109,320.00 (was £100,000.00)",
        valueChange: "9320.00",
        newEndDate: null,
      },
      {
        kind: "EXTENSION",
        rationale: "end date 2026-09-30 (was 2026-03-31)",
        valueChange: "0",
        newEndDate: d("2026-09-30"),
      },
    ]);
  });

  it("values compare as decimals, not text", () => {
    expect(contractChanges({ ...base, currentValue: { toString: () => "100000" } }, base).data).toBeNull();
  });

  it("a release that does not state the method or tenderers leaves them as they were", () => {
    expect(
      contractChanges(base, { ...base, procurementMethod: null, numberOfTenderers: null, description: null }).data,
    ).toBeNull();
  });

  it("other published changes are one amendment naming them; re-keying is not a published change", () => {
    const { data, amendments } = contractChanges(
      { ...base, ocdsContractId: null },
      { ...base, title: "Data platform (phase 2)", status: "CANCELLED" },
    );
    expect(data).toEqual({ ocdsContractId: "c-1", title: "Data platform (phase 2)", status: "CANCELLED" });
    expect(amendments).toEqual([
      { kind: "OTHER", rationale: "title, status as published", valueChange: "0", newEndDate: null },
    ]);
  });
});

describe("memberChanges", () => {
  it("adds the suppliers not yet held and removes none by omission", () => {
    expect(memberChanges(["s-2", "s-3"], ["s-3", "s-4"])).toEqual({ added: ["s-4"] });
  });
});
