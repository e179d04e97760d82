import "server-only";
import { ukIsoDate } from "@/lib/dates/format";
import { db } from "@/lib/db";
import { LIST_LIMIT, scopeFor } from "@/lib/insight/dashboard-scope";
import type { InsightFilters } from "@/lib/insight/schema";
import * as C from "@/lib/insight/sql-contracts";
import type { LockInFactor } from "@/lib/risk/lock-in";
import { LOCK_IN_BANDS } from "@/lib/risk/weights";
import { requireCan } from "@/lib/access/caller";

/** `today`: the UK calendar date (YYYY-MM-DD) renewals and overdue assessments are judged against. */
export async function getContractDashboard(filters: InsightFilters, today = ukIsoDate()) {
  const scope = scopeFor(await requireCan("readInsight"), filters);
  const [bands, riskiest, renewals, ratings, overdue] = await Promise.all([
    db.$queryRaw<C.LockInBandRow[]>(C.lockInDistributionSql(scope)),
    db.$queryRaw<C.RiskiestRow[]>(C.riskiestContractsSql(scope, 20)),
    db.$queryRaw<C.RenewalRow[]>(C.renewalsSql(scope, today, LIST_LIMIT)),
    db.$queryRaw<C.KpiRatingRow[]>(C.kpiRatingsSql(scope)),
    db.$queryRaw<C.OverdueRow[]>(C.overdueAssessmentsSql(scope, today, LIST_LIMIT)),
  ]);
  const distribution = LOCK_IN_BANDS.map((b) => ({
    ...b,
    contracts: Number(bands.find((r) => r.band === b.key)?.contracts ?? 0),
  }));
  const pipeline = renewals[0];
  return {
    today,
    lockIn: {
      contracts: distribution.reduce((n, b) => n + b.contracts, 0),
      distribution,
      riskiest: riskiest.map((r) => ({
        ...r,
        currentValue: r.currentValue.toString(),
        factors: r.factors as LockInFactor[],
      })),
    },
    renewals: {
      rows: renewals.filter((r) => r.id !== null),
      contracts: Number(pipeline?.contracts ?? 0),
      late: Number(pipeline?.lateContracts ?? 0),
      value: pipeline?.pipelineValue.toString() ?? "0",
      extensions: Number(pipeline?.extensionsTotal ?? 0),
    },
    ratings,
    overdue: { rows: overdue, count: Number(overdue[0]?.overdue ?? 0) },
  };
}
