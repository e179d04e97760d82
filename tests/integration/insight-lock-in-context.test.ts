// The lock-in context computed set-wise in SQL (lib/insight/sql-contracts.ts lockInContextSql): the
// evidence each factor is scored on, against small hand-built histories.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { type LockInContextRow, lockInContextSql } from "@/lib/insight/sql-lock-in-context";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import {
  createCapability,
  createContract,
  createDepartment,
  createKpi,
  createSpend,
  createSupplier,
} from "@/tests/factories";

const TODAY = "2026-11-27";

async function ratePoorly(contractId: string, supplierId: string, ...dates: string[]) {
  const kpi = await createKpi(contractId, supplierId);
  for (const assessedOn of dates)
    await db.kpiAssessment.create({ data: { kpiId: kpi.id, assessedOn: new Date(assessedOn), rating: "INADEQUATE" } });
}

async function buildWorld() {
  const [dept, other] = await Promise.all([createDepartment(), createDepartment()]);
  const [lead, rival] = await Promise.all([createSupplier(), createSupplier()]);
  const [hosting, data, apps] = await Promise.all([createCapability(), createCapability(), createCapability()]);
  const contract = (
    capabilityId: string | null,
    awardDate: string,
    procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT" = "OPEN",
    departmentId = dept.id,
    leadPartnerId = lead.id,
  ) =>
    createContract(departmentId, leadPartnerId, {
      capabilityId,
      awardDate: new Date(awardDate),
      startDate: new Date(awardDate),
      procurementMethod,
      routeToMarket: procurementMethod === "DIRECT" ? "DIRECT_AWARD" : "OPEN",
    });

  // Rated poorly in 2024, and the department competed the same capability openly afterwards.
  const recompetedAfter = await contract(hosting.id, "2023-01-01");
  await ratePoorly(recompetedAfter.id, lead.id, "2024-03-01", "2024-06-01");
  await contract(hosting.id, "2024-09-01", "SELECTIVE", dept.id, rival.id);

  // Rated poorly; the only open competition for its capability came before the last poor rating, a
  // limited award after it, and another department's open competition after it: none is a re-competition.
  const notRecompeted = await contract(data.id, "2023-01-01");
  await ratePoorly(notRecompeted.id, lead.id, "2025-01-10");
  await contract(data.id, "2024-12-01", "OPEN", dept.id, rival.id);
  await contract(data.id, "2025-03-01", "LIMITED", dept.id, rival.id);
  await contract(data.id, "2025-03-01", "OPEN", other.id, rival.id);

  // No capability recorded: another contract without one, competed after the rating, counts.
  const uncategorised = await contract(null, "2023-01-01");
  await ratePoorly(uncategorised.id, lead.id, "2024-02-01");
  await contract(null, "2024-05-01", "OPEN", dept.id, rival.id);

  // Its own open award (after a rating, oddly dated) is not a re-competition of itself.
  const onlyItself = await contract(apps.id, "2025-01-01");
  await ratePoorly(onlyItself.id, lead.id, "2024-12-01");

  // Three awards to the same lead within a year, one of them direct.
  const third = await contract(apps.id, "2025-06-01", "DIRECT");
  return { dept, recompetedAfter, notRecompeted, uncategorised, onlyItself, third };
}

let w: Awaited<ReturnType<typeof buildWorld>>;
let rows: Map<string, LockInContextRow>;
beforeAll(async () => {
  w = await buildWorld();
  const result = await db.$queryRaw<LockInContextRow[]>(
    lockInContextSql({ departments: [w.dept.id], filters: InsightFiltersSchema.parse({}) }, TODAY),
  );
  rows = new Map(result.map((r) => [r.id, r]));
});

describe("lock-in context", () => {
  it("counts poor KPI assessments per contract", () => {
    expect(Number(rows.get(w.recompetedAfter.id)!.poorKpiAssessments)).toBe(2);
    expect(Number(rows.get(w.notRecompeted.id)!.poorKpiAssessments)).toBe(1);
    expect(Number(rows.get(w.third.id)!.poorKpiAssessments)).toBe(0);
  });

  it("sees a re-competition: an open or selective award in the same department and capability after the last poor rating", () => {
    expect(rows.get(w.recompetedAfter.id)!.recompeted).toBe(true);
    expect(rows.get(w.uncategorised.id)!.recompeted).toBe(true);
  });

  it("does not count earlier, limited, other departments' or the contract's own awards", () => {
    expect(rows.get(w.notRecompeted.id)!.recompeted).toBe(false);
    expect(rows.get(w.onlyItself.id)!.recompeted).toBe(false);
    expect(rows.get(w.third.id)!.recompeted).toBe(false);
  });

  it("counts awards to the same lead partner in the year up to each award, and the direct ones", () => {
    // Awards to the lead in the year to 1 June 2025: onlyItself (1 Jan 2025) and third (direct).
    expect(Number(rows.get(w.third.id)!.awards)).toBe(2);
    expect(Number(rows.get(w.third.id)!.directAwards)).toBe(1);
  });
});

describe("lock-in context of some contracts alone", () => {
  it("is each contract's context in the whole department's: re-competition, poor ratings, awards, share", async () => {
    const scope = { departments: [w.dept.id], filters: InsightFiltersSchema.parse({}) };
    const facts = (r: LockInContextRow | undefined) =>
      r && [r.recompeted, Number(r.poorKpiAssessments), Number(r.awards), r.capabilityShare?.toString() ?? null];
    const recompeted = [...rows.values()].filter((r) => r.recompeted).length;
    expect(recompeted).toBeGreaterThan(0);
    for (const id of rows.keys()) {
      const [alone] = await db.$queryRaw<LockInContextRow[]>(lockInContextSql(scope, TODAY, [id]));
      expect(facts(alone), id).toEqual(facts(rows.get(id)));
    }
  });
});

describe("capability share", () => {
  it("is the lead's share of its capability's direct spend in the department, the same asked for one contract or all", async () => {
    const [dept, other] = await Promise.all([createDepartment(), createDepartment()]);
    const [lead, rival] = await Promise.all([createSupplier(), createSupplier()]);
    const hosting = await createCapability();
    const [hosted, rivalHosted, uncategorised, rivalUncategorised] = await Promise.all([
      createContract(dept.id, lead.id, { capabilityId: hosting.id }),
      createContract(dept.id, rival.id, { capabilityId: hosting.id }),
      createContract(dept.id, lead.id, { capabilityId: null }),
      createContract(dept.id, rival.id, { capabilityId: null }),
    ]);
    const elsewhere = await createContract(other.id, rival.id, { capabilityId: hosting.id });
    await Promise.all([
      createSpend(dept.id, lead.id, "2025-05-01", "300.00", { contractId: hosted.id }),
      createSpend(dept.id, rival.id, "2025-05-02", "100.00", { contractId: rivalHosted.id }),
      createSpend(dept.id, lead.id, "2025-05-03", "200.00", { contractId: uncategorised.id }),
      createSpend(dept.id, rival.id, "2025-05-04", "600.00", { contractId: rivalUncategorised.id }),
      // Another department's spend in the same capability is not this department's market.
      createSpend(other.id, rival.id, "2025-05-05", "5000.00", { contractId: elsewhere.id }),
    ]);
    await refreshSpendAggregates(db, { departmentIds: [dept.id, other.id] });

    const scope = { departments: [dept.id], filters: InsightFiltersSchema.parse({}) };
    const all = await db.$queryRaw<LockInContextRow[]>(lockInContextSql(scope, TODAY));
    const share = (row: LockInContextRow | undefined) => row?.capabilityShare?.toFixed(4) ?? null;
    const byId = new Map(all.map((r) => [r.id, share(r)]));
    // Hosting: the lead 300 of 400; no capability: the lead 200 of 800.
    expect(byId.get(hosted.id)).toBe("0.7500");
    expect(byId.get(uncategorised.id)).toBe("0.2500");
    for (const contract of [hosted, rivalHosted, uncategorised, rivalUncategorised]) {
      const [alone] = await db.$queryRaw<LockInContextRow[]>(lockInContextSql(scope, TODAY, [contract.id]));
      expect(share(alone), contract.title).toBe(byId.get(contract.id));
    }
    const pair = await db.$queryRaw<LockInContextRow[]>(lockInContextSql(scope, TODAY, [hosted.id, uncategorised.id]));
    expect(new Map(pair.map((r) => [r.id, share(r)]))).toEqual(
      new Map([
        [hosted.id, "0.7500"],
        [uncategorised.id, "0.2500"],
      ]),
    );
  });
});
