import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";

type Target = { contractId?: string; departmentIds?: string[]; payeeSupplierId?: string };

async function departmentsOf(target: Target): Promise<string[]> {
  if (target.departmentIds) return target.departmentIds;
  if (target.contractId) {
    const contract = await db.contract.findUnique({ where: { id: target.contractId }, select: { departmentId: true } });
    return contract ? [contract.departmentId] : [];
  }
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
export async function refreshInsightSoon(target: Target): Promise<void> {
  const work = async () => refreshSpendAggregates(undefined, { departmentIds: await departmentsOf(target) });
  try {
    after(() => work().catch((error: unknown) => console.error("Refreshing the dashboards failed", error)));
  } catch {
    await work();
  }
}
