// Stored lock-in scores: the context is computed set-wise in SQL, each contract is scored by the pure
// lockInScore(), and the results replace the scope's rows. Called by refreshSpendAggregates, since
// concentration (a factor) depends on spend, and for one contract after its KPIs change.
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
 * Rescores the departments' active contracts; with onlyContractId, that one contract (of the one
 * department given): what a change to its own KPIs moves, as no other contract's factors read them.
 */
export async function refreshLockInScores(
  client: Client,
  departments: DepartmentIds,
  options: { today?: string; onlyContractId?: string } = {},
): Promise<void> {
  const { today = ukIsoDate(), onlyContractId } = options;
  const ids =
    departments === "ALL" ? (await client.department.findMany({ select: { id: true } })).map((d) => d.id) : departments;
  // One department at a time keeps memory flat at benchmark scale.
  for (const departmentId of ids) {
    const rows = await client.$queryRaw<(LockInContextRow & { departmentId: string })[]>(
      lockInContextSql({ departments: [departmentId], filters: {} }, today, onlyContractId),
    );
    const scored = rows.map((row) => {
      const { score, factors } = scoreContext(row);
      return { contractId: row.id, departmentId, score, factors };
    });
    // Replaced under the insight lock: a department rebuild and a contract's own rescoring may overlap.
    await inTransaction(client, async (t) => {
      await lockRollUps(t);
      await t.contractLockInScore.deleteMany({
        where: { departmentId, ...(onlyContractId ? { contractId: onlyContractId } : {}) },
      });
      for (let i = 0; i < scored.length; i += CHUNK)
        await t.contractLockInScore.createMany({ data: scored.slice(i, i + CHUNK) });
    });
  }
}
