// A save to a contract's terms refreshes what reads the terms; the spend roll-ups are rebuilt only when the
// save moved its payments to another lot, capability or route. Either way: the figures of a full rebuild.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { refreshAfterContractChange } from "@/lib/insight/refresh-contract";
import { rollUpDifferences } from "@/lib/insight/roll-up-check";
import { createLot, createSpend } from "@/tests/factories";
import { storedFigures } from "@/tests/insight-figures";
import { buildContractWorld } from "@/tests/integration/contract-world";

/** Where each stored roll-up row of the department lies on disk: a rebuild deletes and writes them anew. */
async function rollUpRowPlaces(departmentId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ place: string }[]>`
    SELECT 'monthly ' || ctid::text AS place FROM "SpendMonthly" WHERE "departmentId" = ${departmentId}
    UNION ALL SELECT 'payee ' || ctid::text FROM "SpendContractPayee" WHERE "departmentId" = ${departmentId}
    ORDER BY 1`;
  return rows.map((r) => r.place);
}

describe("refreshing after a save to a contract's terms", () => {
  it("keeps the spend roll-ups when the payments stay under the same lot, capability and route, and rescores the contract", async () => {
    const w = await buildContractWorld();
    await createSpend(w.dept.id, w.lead.id, "2025-03-01", "10000.00", { contractId: w.contract.id });
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    const places = await rollUpRowPlaces(w.dept.id);
    expect(places.length).toBeGreaterThan(0);
    const before = await db.contractLockInScore.findUniqueOrThrow({ where: { contractId: w.contract.id } });

    // A direct award worth far more, ending later: its lock-in score must move.
    await db.contract.update({
      where: { id: w.contract.id },
      data: { routeToMarket: w.contract.routeToMarket, currentValue: "90000000.00", endDate: new Date("2031-01-31") },
    });
    await refreshAfterContractChange(db, w.contract, "contract");

    expect(await rollUpRowPlaces(w.dept.id)).toEqual(places);
    const targeted = await storedFigures(w.dept.id);
    expect(targeted.scores.find((s) => s.contractId === w.contract.id)).not.toEqual({
      contractId: before.contractId,
      score: before.score,
      factors: before.factors,
    });
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    expect(await storedFigures(w.dept.id)).toEqual(targeted);
  });

  it("re-files the payments when the save moved the contract to another lot", async () => {
    const w = await buildContractWorld();
    await createSpend(w.dept.id, w.lead.id, "2025-03-01", "10000.00", { contractId: w.contract.id });
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    const places = await rollUpRowPlaces(w.dept.id);
    const otherLot = await createLot();

    await db.contract.update({ where: { id: w.contract.id }, data: { lotId: otherLot.id } });
    await refreshAfterContractChange(db, w.contract, "contract");

    expect(await rollUpRowPlaces(w.dept.id)).not.toEqual(places);
    expect(await rollUpDifferences(db, [w.dept.id])).toEqual([]);
    const filed = await db.spendMonthly.findMany({ where: { departmentId: w.dept.id }, select: { lotId: true } });
    expect(new Set(filed.map((r) => r.lotId))).toEqual(new Set([otherLot.id]));
  });

  it("files payments the roll-ups have never held", async () => {
    const w = await buildContractWorld();
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    // A payment written without its roll-up (as a crash between the two once could leave it).
    await createSpend(w.dept.id, w.lead.id, "2025-04-01", "2500.00", { contractId: w.contract.id });
    await refreshAfterContractChange(db, w.contract, "contract");
    expect(await rollUpDifferences(db, [w.dept.id])).toEqual([]);
  });
});
