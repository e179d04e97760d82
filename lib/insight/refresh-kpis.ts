// Stored KPI summary per contract: how many KPIs it has, when it was last assessed, and how many KPIs
// have each latest rating. Rebuilt per department by refreshSpendAggregates (KPI writers refresh it).
import { Prisma } from "@prisma/client";
import { contractRowsOf } from "@/lib/insight/refresh-lock";

/** Replaces the rows of the departments given (all when absent), or of those contracts, inside the caller's transaction. */
export async function refreshKpiSummary(
  tx: Prisma.TransactionClient,
  departmentIds?: string[],
  contractIds?: string[],
): Promise<void> {
  const { own, contracts } = contractRowsOf(departmentIds, contractIds);
  await tx.$executeRaw`DELETE FROM "ContractKpiSummary" WHERE ${own}`;
  await tx.$executeRaw`
    INSERT INTO "ContractKpiSummary" ("contractId", "departmentId", kpis, "lastAssessedOn", good, "approachingTarget", "requiresImprovement", inadequate, other)
    WITH latest AS (
      SELECT DISTINCT ON (a."kpiId") a."kpiId", a.rating, a."assessedOn" FROM "KpiAssessment" a
        JOIN "Kpi" k ON k.id = a."kpiId" JOIN "Contract" c ON c.id = k."contractId"
       WHERE ${contracts} ORDER BY a."kpiId", a."assessedOn" DESC, a."createdAt" DESC
    )
    SELECT c.id, c."departmentId", COUNT(k.id)::int, MAX(l."assessedOn"),
           COUNT(*) FILTER (WHERE l.rating = 'GOOD')::int, COUNT(*) FILTER (WHERE l.rating = 'APPROACHING_TARGET')::int,
           COUNT(*) FILTER (WHERE l.rating = 'REQUIRES_IMPROVEMENT')::int, COUNT(*) FILTER (WHERE l.rating = 'INADEQUATE')::int,
           COUNT(*) FILTER (WHERE l.rating = 'OTHER')::int
      FROM "Contract" c JOIN "Kpi" k ON k."contractId" = c.id LEFT JOIN latest l ON l."kpiId" = k.id
     WHERE ${contracts} GROUP BY c.id, c."departmentId"`;
}
