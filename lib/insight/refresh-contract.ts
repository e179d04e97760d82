// After a save to one contract: what derives from the change is brought up to date, and nothing else.
// Its terms feed its own partnership delivery and the lock-in scores of the contracts that read them
// (contractsReadingTerms); a move to another lot, capability or route also re-files its payments in the
// spend roll-ups (refileContractSpend). Its KPIs feed its KPI summary and its own score; its partnership
// members feed its pledged vs delivered. Each costs the same at ten million payments as at one.
import { Prisma } from "@prisma/client";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { refileContractSpend, filedUnder } from "@/lib/insight/refile-contract";
import { contractsReadingTerms, refreshLockInScores } from "@/lib/insight/refresh-lock-in";
import { refreshConcentrationMarkets } from "@/lib/insight/refresh-concentration";
import { refreshKpiSummary } from "@/lib/insight/refresh-kpis";
import { refreshPartnershipDelivery } from "@/lib/insight/refresh-partnerships";
import { type InsightClient, inTransaction, lockRollUps } from "@/lib/insight/refresh-lock";

/** What a save to one contract changed: its terms (amendments included), its KPIs, or its partnership members. */
export type ContractChange = "contract" | "kpis" | "partnership";

type SavedContract = { id: string; departmentId: string };

export async function refreshAfterContractChange(
  client: InsightClient,
  contract: SavedContract,
  change: ContractChange,
): Promise<void> {
  const contractIds = [contract.id];
  if (change === "kpis") {
    await inTransaction(client, async (t) => {
      await lockRollUps(t);
      await refreshKpiSummary(t, undefined, contractIds);
    });
    return refreshLockInScores(client, [contract.departmentId], { onlyContractIds: contractIds });
  }
  if (change === "partnership")
    return inTransaction(client, async (t) => {
      await lockRollUps(t);
      await refreshPartnershipDelivery(t, undefined, contractIds);
    });
  return refreshAfterTermsChange(client, contract);
}

async function refreshAfterTermsChange(client: InsightClient, contract: SavedContract): Promise<void> {
  const filed = await filedUnder(client, contract.id);
  // Filed under more than one set of terms (an import landed between a save and its refresh): the
  // department is rebuilt, which merges them.
  if (filed === "mixed") return refreshSpendAggregates(client, { departmentIds: [contract.departmentId] });
  const moved = filed !== "as-it-is" ? filed : null;
  await inTransaction(client, async (t) => {
    await lockRollUps(t);
    if (moved) await refileContractSpend(t, contract.id, moved);
    await refreshPartnershipDelivery(t, undefined, [contract.id]);
    if (moved && moved.capabilityId !== moved.now.capabilityId)
      await refreshConcentrationMarkets(t, contract.departmentId, [moved.capabilityId, moved.now.capabilityId]);
  });
  // Concentration and each contract's capability share read the roll-ups: a move of capability rescores
  // the department's contracts of the old and the new capability as well.
  const rescored = new Set(await contractsReadingTerms(client, contract.id));
  if (moved && moved.capabilityId !== moved.now.capabilityId)
    for (const id of await contractsOfCapabilities(client, contract.departmentId, [
      moved.capabilityId,
      moved.now.capabilityId,
    ]))
      rescored.add(id);
  await refreshLockInScores(client, [contract.departmentId], { onlyContractIds: [...rescored] });
}

async function contractsOfCapabilities(
  client: InsightClient,
  departmentId: string,
  capabilityIds: (string | null)[],
): Promise<string[]> {
  const named = capabilityIds.filter((c): c is string => c !== null);
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Contract" WHERE "departmentId" = ${departmentId} AND status = 'ACTIVE'
       AND (${named.length ? Prisma.sql`"capabilityId" IN (${Prisma.join(named)})` : Prisma.sql`false`}
            OR ${capabilityIds.includes(null) ? Prisma.sql`"capabilityId" IS NULL` : Prisma.sql`false`})`;
  return rows.map((r) => r.id);
}
