import "server-only";
import { insightRefreshJob } from "@/lib/jobs/definitions/insight-refresh";
import { sendJob } from "@/lib/jobs/send";
import type { ContractChange } from "@/lib/insight/refresh-contract";

/**
 * Spend of these departments changed, or the size of this supplier without its own refresh (saveSizeChange
 * does it in the save): their departments are rebuilt.
 */
type Target = { departmentIds?: string[]; payeeSupplierId?: string };

/** A save to one contract, and what it changed there. */
type ContractSaved = { contractId: string; change: ContractChange };

/**
 * Brings the dashboards' pre-aggregates (spend roll-ups, lock-in scores) up to date after a write, as a
 * job on the queue: saving a form does not wait for it, and it is done even if this server stops.
 */
export async function refreshInsightSoon(target: Target | ContractSaved): Promise<void> {
  await sendJob(insightRefreshJob, target);
}
