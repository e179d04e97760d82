// A save to one contract refreshes only what reads it (lib/insight/refresh-contract.ts), and what it
// refreshes equals a full rebuild of the department: a change of lead partner rescores the old and the new
// lead's contracts; a move to another capability re-files the payments, both capabilities' concentration
// and both capabilities' contracts' scores. Contracts the save cannot move keep their stored rows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { refreshAfterContractChange } from "@/lib/insight/refresh-contract";
import { rollUpDifferences } from "@/lib/insight/roll-up-check";
import {
  createCapability,
  createContract,
  createDepartment,
  createKpi,
  createSpend,
  createSupplier,
} from "@/tests/factories";
import { storedFigures } from "@/tests/insight-figures";

/** The department's figures a contract's terms can move, and every department's concentration. */
async function figures(departmentId: string) {
  const [stored, concentration, monthly] = await Promise.all([
    storedFigures(departmentId),
    db.$queryRaw<unknown[]>`
      SELECT scope, "yearEnding", market, "marketId", total::text, top5::text, hhi::text, suppliers FROM "SpendConcentration"
       WHERE scope IN (${departmentId}, '*') ORDER BY 1, 2, 3, 4`,
    db.$queryRaw<unknown[]>`
      SELECT month, kind, "lotId", "capabilityId", "routeToMarket", SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme,
             SUM(transactions)::int AS transactions
        FROM "SpendMonthly" WHERE "departmentId" = ${departmentId} GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  ]);
  return { ...stored, concentration, monthly };
}

/** When each contract's stored score was written (a rescored contract gets a new row). */
async function scoredAt(departmentId: string): Promise<Map<string, number>> {
  const rows = await db.contractLockInScore.findMany({ where: { departmentId } });
  return new Map(rows.map((r) => [r.contractId, r.computedAt.getTime()]));
}

async function world() {
  const dept = await createDepartment();
  const [first, second, third] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
  const parent = await createCapability();
  const [hosting, data] = await Promise.all([createCapability({ parentId: parent.id }), createCapability()]);
  const contract = await createContract(dept.id, first.id, { capabilityId: hosting.id });
  const sameLead = await createContract(dept.id, first.id, {
    capabilityId: data.id,
    awardDate: new Date("2024-06-01"),
  });
  const newLeads = await createContract(dept.id, second.id, {
    capabilityId: data.id,
    awardDate: new Date("2024-03-01"),
  });
  const untouched = await createContract(dept.id, third.id, { capabilityId: parent.id });
  for (const [c, payee, amount] of [
    [contract, first, "40000.00"],
    [sameLead, first, "25000.00"],
    [newLeads, second, "15000.00"],
    [untouched, third, "9000.00"],
  ] as const) {
    await createSpend(dept.id, payee.id, "2025-03-03", amount, { contractId: c.id });
    await createSpend(dept.id, payee.id, "2025-04-07", amount, { contractId: c.id });
  }
  await refreshSpendAggregates(db, { departmentIds: [dept.id] });
  return { dept, first, second, third, hosting, data, contract, sameLead, newLeads, untouched };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("refreshing after a save to one contract", () => {
  it("rescores the old lead's and the new lead's contracts after a change of lead, as a full rebuild does", async () => {
    const w = await world();
    const before = await scoredAt(w.dept.id);
    await pause();
    await db.contract.update({ where: { id: w.contract.id }, data: { leadPartnerId: w.second.id } });
    await refreshAfterContractChange(db, w.contract, "contract");

    const after = await scoredAt(w.dept.id);
    for (const moved of [w.contract, w.sameLead, w.newLeads])
      expect(after.get(moved.id)).not.toBe(before.get(moved.id));
    expect(after.get(w.untouched.id)).toBe(before.get(w.untouched.id));
    const targeted = await figures(w.dept.id);
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    expect(await figures(w.dept.id)).toEqual(targeted);
  });

  it("re-files the payments, both capabilities' concentration and their contracts' scores after a move of capability", async () => {
    const w = await world();
    const before = await scoredAt(w.dept.id);
    await pause();
    await db.contract.update({ where: { id: w.contract.id }, data: { capabilityId: w.data.id } });
    await refreshAfterContractChange(db, w.contract, "contract");

    expect(await rollUpDifferences(db, [w.dept.id])).toEqual([]);
    const after = await scoredAt(w.dept.id);
    // The data capability's contracts read its share of spend; the parent capability's contract does not.
    for (const moved of [w.contract, w.sameLead, w.newLeads])
      expect(after.get(moved.id)).not.toBe(before.get(moved.id));
    expect(after.get(w.untouched.id)).toBe(before.get(w.untouched.id));
    const targeted = await figures(w.dept.id);
    expect(targeted.monthly.length).toBeGreaterThan(0);
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    expect(await figures(w.dept.id)).toEqual(targeted);
  });

  it("rebuilds the department when the payments are filed under two sets of terms", async () => {
    const w = await world();
    // A payment rolled up under the contract's old capability, then the contract moved and a later import
    // filed its payment under the new one (the save's refresh has not run yet).
    await db.contract.update({ where: { id: w.contract.id }, data: { capabilityId: w.data.id } });
    await db.$executeRaw`
      INSERT INTO "SpendContractPayee" ("departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket", amount, "smeAmount")
      VALUES (${w.dept.id}, ${w.contract.id}, ${w.first.id}, 'DIRECT', NULL, ${w.data.id}, 'OPEN', 0, 0)`;
    await refreshAfterContractChange(db, w.contract, "contract");
    expect(await rollUpDifferences(db, [w.dept.id])).toEqual([]);
    const filed = await db.spendContractPayee.findMany({ where: { contractId: w.contract.id } });
    expect(new Set(filed.map((r) => r.capabilityId))).toEqual(new Set([w.data.id]));
  });

  it("refreshes only the contract's own KPI summary and score after a KPI save", async () => {
    const w = await world();
    const before = await scoredAt(w.dept.id);
    await pause();
    const kpi = await createKpi(w.sameLead.id, w.first.id);
    await db.kpiAssessment.create({
      data: { kpiId: kpi.id, assessedOn: new Date("2025-05-01"), rating: "INADEQUATE" },
    });
    await refreshAfterContractChange(db, w.sameLead, "kpis");

    const after = await scoredAt(w.dept.id);
    expect(after.get(w.sameLead.id)).not.toBe(before.get(w.sameLead.id));
    for (const other of [w.contract, w.newLeads, w.untouched]) expect(after.get(other.id)).toBe(before.get(other.id));
    const targeted = await figures(w.dept.id);
    expect(targeted.kpis.map((k) => k.contractId)).toEqual([w.sameLead.id]);
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    expect(await figures(w.dept.id)).toEqual(targeted);
  });
});
