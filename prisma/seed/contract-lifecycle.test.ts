import { describe, expect, it } from "vitest";
import { applyLifecycle } from "./contract-lifecycle";
import { addDays, addMonths, utc } from "./dates";
import { Rng } from "./prng";
import { DEPARTMENTS } from "./ref-departments";
import { declarationsFor, sizePath } from "./sizes";
import type { ContractPlan } from "./types";

const asOf = utc(2026, 11, 27);

function plan(rng: Rng): ContractPlan {
  const start = addDays(utc(2019, 1, 1), rng.int(0, 2800));
  return {
    id: "c",
    reference: "R",
    dept: { ...(DEPARTMENTS[0] as (typeof DEPARTMENTS)[number]), id: "d", index: 0 },
    title: "T",
    description: null,
    route: "OPEN",
    method: "OPEN",
    justification: null,
    lot: null,
    capabilityCode: null,
    lead: {
      id: "s",
      legalName: "S",
      named: false,
      leadWeight: 1,
      sizeNow: "LARGE",
      isSmeNow: false,
      isVcse: false,
      seeksToLead: true,
      seeksToJoin: true,
      capabilities: [],
    },
    tenderers: 3,
    awardPence: rng.int(10_000_000, 2_000_000_000),
    currentPence: 0,
    awardDate: addDays(start, -30),
    startDate: start,
    endDate: addDays(addMonths(start, rng.pick([12, 24, 36])), -1),
    extensionOptionsMonths: rng.pick([0, 6, 12, 24]),
    extensionsUsed: 0,
    status: "ACTIVE",
    hasExitPlan: true,
    hasBreakClause: true,
    hasDataExportTerms: true,
    usesOpenStandards: true,
    kpiExemptionReason: null,
    members: [],
    amendments: [],
    kpis: [],
    socialValue: [],
  };
}

describe("applyLifecycle", () => {
  it("keeps value, extensions and end date consistent with the amendments", () => {
    const rng = new Rng(11);
    for (let i = 0; i < 3000; i++) {
      const p = plan(rng);
      applyLifecycle(rng, p, asOf);
      if (p.status === "CANCELLED") continue;
      expect(p.currentPence).toBe(p.awardPence + p.amendments.reduce((s, a) => s + a.valuePence, 0));
      const extensions = p.amendments.filter((a) => a.kind === "EXTENSION");
      expect(p.extensionsUsed).toBe(extensions.length);
      expect(extensions.reduce((s, a) => s + (a.extensionMonths ?? 0), 0)).toBeLessThanOrEqual(
        p.extensionOptionsMonths,
      );
      const lastNewEnd = p.amendments.filter((a) => a.newEndDate).at(-1)?.newEndDate;
      if (lastNewEnd) expect(p.endDate).toEqual(lastNewEnd);
      for (const a of p.amendments) expect(a.date.getTime()).toBeLessThanOrEqual(asOf.getTime());
      expect(["ACTIVE", "EXPIRED", "TERMINATED", "PLANNED"]).toContain(p.status);
      if (p.status === "ACTIVE") expect(p.endDate.getTime()).toBeGreaterThanOrEqual(asOf.getTime());
    }
  });
});

describe("size declarations", () => {
  it("classify growers as SMEs first and large later, dated in order", () => {
    const rng = new Rng(5);
    const decls = declarationsFor(rng, sizePath(rng, "grower", "SMALL"), asOf);
    expect(decls.map((d) => d.sizeClass)).toEqual(["SMALL", "MEDIUM", "LARGE"]);
    expect(decls.map((d) => d.isSme)).toEqual([true, true, false]);
    for (let i = 1; i < decls.length; i++) expect(decls[i]!.asOf > decls[i - 1]!.asOf).toBe(true);
  });
});
