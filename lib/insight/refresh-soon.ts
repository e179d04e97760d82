import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import { type ContractChange, refreshAfterContractChange, refreshSpendAggregates } from "@/lib/insight/refresh";

/** Spend of these departments, or paid to this supplier, changed: their departments are rebuilt. */
type Target = { departmentIds?: string[]; payeeSupplierId?: string };

/** A save to one contract, and what it changed there. */
type ContractSaved = { contractId: string; change: ContractChange };

async function departmentsOf(target: Target): Promise<string[]> {
  if (target.departmentIds) return target.departmentIds;
  if (target.payeeSupplierId) {
    // A supplier's size changed: every department that paid it judges SME share anew.
    const rows = await db.spendTransaction.findMany({ where: { payeeSupplierId: target.payeeSupplierId }, distinct: ["departmentId"], select: { departmentId: true } });
    return rows.map((r) => r.departmentId);
  }
  return [];
}

/**
 * Brings the dashboards' pre-aggregates (spend roll-ups, lock-in scores) up to date after a write.
 * In a request it runs after the response is sent, so saving a form does not wait for it; outside a
 * request (tests, scripts) it runs at once.
 */
export async function refreshInsightSoon(target: Target | ContractSaved): Promise<void> {
  const work = async () => {
    if (!("change" in target)) return refreshSpendAggregates(db, { departmentIds: await departmentsOf(target) });
    const contract = await db.contract.findUnique({ where: { id: target.contractId }, select: { id: true, departmentId: true } });
    if (contract) await refreshAfterContractChange(db, contract, target.change);
  };
  try {
    after(() => work().catch((error: unknown) => console.error("Refreshing the dashboards failed", error)));
  } catch {
    await work();
  }
}
