import "server-only";
import { Decimal } from "decimal.js";
import { forbidden } from "next/navigation";
import type { Caller } from "@/lib/access/caller";
import { KPI_RATING_LABELS } from "@/lib/contracts/kpi-rules";
import { db } from "@/lib/db";
import { coversDepartment } from "@/lib/access/departments";
import { getSpendDashboard } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { smeShare } from "@/lib/insight/shares";
import type { DepartmentReport } from "@/lib/reports/department-report";
import * as P from "@/lib/reports/period-sql";
import type { LockInFactor } from "@/lib/risk/lock-in";
import { isoDate, isoMonth, ukIsoDate } from "@/lib/dates/format";

const sum = (values: Array<{ toString(): string }>) =>
  values.reduce((total: Decimal, v) => total.plus(v.toString()), new Decimal(0));

/**
 * A department's report for a period of months. Spend and SME share come from the spend dashboard's query
 * with the same period, so the PDF and the screen show the same figures; the contract sections (contracts
 * running, riskiest, KPI ratings, overdue assessments) are limited to the period too.
 */
export async function getDepartmentReport(
  caller: Caller,
  departmentId: string,
  from: string,
  to: string,
  today = ukIsoDate(),
): Promise<DepartmentReport | null> {
  if (!coversDepartment(caller, departmentId)) forbidden();
  const department = await db.department.findUnique({ where: { id: departmentId }, select: { name: true } });
  if (!department) return null;
  const toInclusive = lastDayOf(to);
  const period: P.ReportPeriod = {
    departmentId,
    from: `${from}-01`,
    toInclusive,
    asOf: toInclusive < today ? toInclusive : today,
  };
  const [spend, running, riskiest, ratings, overdue] = await Promise.all([
    getSpendDashboard(InsightFiltersSchema.parse({ department: departmentId, from, to })),
    db.$queryRaw<Array<{ contracts: bigint }>>(P.contractsRunningSql(period)),
    db.$queryRaw<P.PeriodRiskRow[]>(P.riskiestInPeriodSql(period, 10)),
    db.$queryRaw<P.PeriodRatingRow[]>(P.kpiRatingsInPeriodSql(period)),
    db.$queryRaw<P.PeriodOverdueRow[]>(P.overdueAtPeriodEndSql(period, 50)),
  ]);
  const direct = sum(spend.months.map((m) => m.direct));
  const indirect = sum(spend.months.map((m) => m.indirect));
  const share = smeShare({
    directToSmes: sum(spend.months.map((m) => m.directSme)),
    directTotal: direct,
    indirectToSmes: sum(spend.months.map((m) => m.indirectSme)),
  });
  const latestYear = spend.smeYears.filter((y) => y.departmentId === departmentId).at(-1);
  const asFraction = (percent: { toString(): string } | null | undefined) =>
    percent ? new Decimal(percent.toString()).div(100).toString() : null;
  const hasSpend = !direct.isZero();
  return {
    department: department.name,
    period: { from: period.from, to: toInclusive },
    generatedBy: caller.email,
    generatedAt: new Date(),
    headline: {
      // Indirect spend is paid by lead partners out of what the department paid them: part of direct spend.
      totalSpend: direct.toFixed(2),
      indirectSpend: indirect.toFixed(2),
      directSmeShare: hasSpend ? share.direct.toString() : null,
      indirectSmeShare: hasSpend ? share.indirect.toString() : null,
      totalSmeShare: hasSpend ? share.total.toString() : null,
      directTarget: asFraction(latestYear?.directTarget),
      indirectTarget: asFraction(latestYear?.indirectTarget),
      contractsInPeriod: Number(running[0]?.contracts ?? 0),
    },
    monthlySpend: spend.months.map((m) => ({
      month: isoMonth(m.month),
      direct: m.direct.toString(),
      indirect: m.indirect.toString(),
    })),
    riskiestContracts: riskiest.map((c) => ({
      title: c.title,
      reference: c.reference,
      score: c.score,
      factors: (c.factors as LockInFactor[]).map((f) => f.label),
    })),
    kpiRatings: ratings.map((r) => ({
      rating: KPI_RATING_LABELS[r.rating as keyof typeof KPI_RATING_LABELS] ?? r.rating,
      count: Number(r.kpis),
    })),
    overdueKpiContracts: overdue.map((c) => ({
      title: c.title,
      reference: c.reference,
      lastAssessed: c.lastAssessedOn,
    })),
    overdueAsOf: period.asOf,
  };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return isoDate(new Date(Date.UTC(y, m, 0)));
}
