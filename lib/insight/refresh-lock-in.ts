// Stored lock-in scores: the context is computed set-wise in SQL, each contract is scored by the pure
// lockInScore(), and the results replace the scope's rows. Called by refreshSpendAggregates, since
// concentration (a factor) depends on spend, and for the contracts a save to one contract moves.
import { type LockInContextRow, lockInContextSql } from "@/lib/insight/sql-lock-in-context";
import { inTransaction, lockRollUps, type InsightClient } from "@/lib/insight/refresh-lock";
import type { DepartmentIds } from "@/lib/access/departments";
import { lockInScore } from "@/lib/risk/lock-in";
import { ukIsoDate } from "@/lib/dates/format";

type Client = InsightClient;
const CHUNK = 5_000;

export function scoreContext(c: LockInContextRow) {
  return lockInScore(c, {
    awardsToSupplierWithinYear: Number(c.awards),
    directAwardsToSupplierWithinYear: Number(c.directAwards),
    incumbencyYears: c.incumbencyYears,
    capabilityShare: c.capabilityShare,
    poorKpiAssessments: Number(c.poorKpiAssessments),
    recompetedSincePoorRating: c.recompeted,
  });
}

/**
 * Rescores the departments' active contracts; with onlyContractIds, those contracts (of the one
 * department given): what a save to one contract moves (contractsReadingTerms). A contract of the list
 * that is no longer active loses its score.
 */
export async function refreshLockInScores(
  client: Client,
  departments: DepartmentIds,
  options: { today?: string; onlyContractIds?: string[] } = {},
): Promise<void> {
  const { today = ukIsoDate(), onlyContractIds } = options;
  const ids =
    departments === "ALL" ? (await client.department.findMany({ select: { id: true } })).map((d) => d.id) : departments;
  // One department at a time keeps memory flat at benchmark scale.
  for (const departmentId of ids) {
    const rows = await client.$queryRaw<(LockInContextRow & { departmentId: string })[]>(
      lockInContextSql({ departments: [departmentId], filters: {} }, today, onlyContractIds),
    );
    const scored = rows.map((row) => {
      const { score, factors } = scoreContext(row);
      return { contractId: row.id, departmentId, leadPartnerId: row.leadPartnerId, score, factors };
    });
    // Replaced under the insight lock: a department rebuild and a contract's own rescoring may overlap.
    // Written as one JSON parameter per chunk (the ORM's createMany took four seconds per 6,000 scores).
    await inTransaction(client, async (t) => {
      await lockRollUps(t);
      await t.contractLockInScore.deleteMany({
        where: { departmentId, ...(onlyContractIds ? { contractId: { in: onlyContractIds } } : {}) },
      });
      for (let i = 0; i < scored.length; i += CHUNK)
        await t.$executeRaw`
          INSERT INTO "ContractLockInScore" ("contractId", "departmentId", "leadPartnerId", score, factors)
          SELECT "contractId", "departmentId", "leadPartnerId", score, factors
            FROM json_to_recordset(${JSON.stringify(scored.slice(i, i + CHUNK))}::json)
              AS r("contractId" text, "departmentId" text, "leadPartnerId" text, score int, factors jsonb)`;
    });
  }
}

/**
 * The contracts whose lock-in factors read one contract's terms (its spend filed as it is): itself; the
 * department's contracts led by its lead now or by the lead it was last scored under (awards within a year,
 * direct awards, incumbency); and the poorly rated ones of its capability (re-competed since, which reads
 * the latest competitions). Other factors read only a contract's own terms or the spend roll-ups.
 */
export async function contractsReadingTerms(client: Client, contractId: string): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH x AS (
      SELECT c.id, c."departmentId", c."leadPartnerId", c."capabilityId", s."leadPartnerId" AS "scoredLead"
        FROM "Contract" c LEFT JOIN "ContractLockInScore" s ON s."contractId" = c.id WHERE c.id = ${contractId}
    )
    SELECT x.id FROM x
    UNION
    SELECT o.id FROM "Contract" o JOIN x ON o."departmentId" = x."departmentId"
     WHERE o."leadPartnerId" IN (x."leadPartnerId", x."scoredLead")
    UNION
    SELECT o.id FROM "Contract" o JOIN x ON o."departmentId" = x."departmentId" AND o."capabilityId" IS NOT DISTINCT FROM x."capabilityId"
     WHERE EXISTS (SELECT 1 FROM "Kpi" k JOIN "KpiAssessment" a ON a."kpiId" = k.id
                    WHERE k."contractId" = o.id AND a.rating IN ('REQUIRES_IMPROVEMENT', 'INADEQUATE'))`;
  return rows.map((r) => r.id);
}
