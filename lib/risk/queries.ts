import "server-only";
import { requireUser } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { scoreContext } from "@/lib/insight/refresh-lock-in";
import { type LockInContextRow, lockInContextSql } from "@/lib/insight/sql-lock-in-context";
import { lockInBand } from "@/lib/risk/lock-in";
import { ukIsoDate } from "@/lib/dates/format";

/**
 * One contract's lock-in score, band and factors, worked out now by the dashboards' own SQL context and
 * scoring function (the dashboards store the same result for active contracts). Null when out of scope.
 */
export async function getContractLockIn(contractId: string, today = ukIsoDate()) {
  const caller = await requireUser();
  const contract = await db.contract.findFirst({
    where: { AND: [{ id: contractId }, contractScope(caller)] },
    select: { id: true, departmentId: true, status: true },
  });
  if (!contract) return null;
  const [row] = await db.$queryRaw<LockInContextRow[]>(
    lockInContextSql({ departments: [contract.departmentId], filters: {} }, today, [contract.id], true),
  );
  if (!row) return null;
  const { score, factors } = scoreContext(row);
  return { score, band: lockInBand(score), factors, scoredOnDashboards: contract.status === "ACTIVE" };
}
