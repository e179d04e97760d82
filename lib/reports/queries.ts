import "server-only";
import { Decimal } from "decimal.js";
import type { Caller } from "@/lib/auth/caller";
import { contractScope } from "@/lib/auth/scope";
import { KPI_RATING_LABELS } from "@/lib/contracts/kpi-rules";
import { db } from "@/lib/db";
import { getContractDashboard, getSpendDashboard } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { smeShare } from "@/lib/insight/shares";
import type { DepartmentReport } from "@/lib/reports/department-report";

const sum = (values: Array<{ toString(): string }>) => values.reduce((total: Decimal, v) => total.plus(v.toString()), new Decimal(0));

/**
 * A department's report for a period of months, from the same queries as the dashboards, so the PDF
 * and the screens show the same figures. The caller's scope is checked by those queries.
 */
export async function getDepartmentReport(caller: Caller, departmentId: string, from: string, to: string): Promise<DepartmentReport | null> {
  const department = await db.department.findUnique({ where: { id: departmentId }, select: { name: true } });
  if (!department) return null;
  const filters = InsightFiltersSchema.parse({ department: departmentId, from, to });
  const [spend, contracts, activeContracts] = await Promise.all([
    getSpendDashboard(filters),
    getContractDashboard(filters),
    db.contract.count({ where: { AND: [contractScope(caller), { departmentId, status: "ACTIVE" }] } }),
  ]);
  const direct = sum(spend.months.map((m) => m.direct));
  const indirect = sum(spend.months.map((m) => m.indirect));
  const share = smeShare({ directToSmes: sum(spend.months.map((m) => m.directSme)), directTotal: direct, indirectToSmes: sum(spend.months.map((m) => m.indirectSme)) });
  const latestYear = spend.smeYears.filter((y) => y.departmentId === departmentId).at(-1);
  const asFraction = (percent: { toString(): string } | null | undefined) => (percent ? new Decimal(percent.toString()).div(100).toString() : null);
  const hasSpend = !direct.isZero();
  return {
    department: department.name,
    period: { from: `${from}-01`, to: lastDayOf(to) },
    generatedBy: caller.email,
    generatedAt: new Date(),
    headline: {
      totalSpend: direct.plus(indirect).toFixed(2),
      directSpend: direct.toFixed(2),
      indirectSpend: indirect.toFixed(2),
      directSmeShare: hasSpend ? share.direct.toString() : null,
      indirectSmeShare: hasSpend ? share.indirect.toString() : null,
      totalSmeShare: hasSpend ? share.total.toString() : null,
      directTarget: asFraction(latestYear?.directTarget),
      indirectTarget: asFraction(latestYear?.indirectTarget),
      activeContracts,
    },
    monthlySpend: spend.months.map((m) => ({ month: m.month.toISOString().slice(0, 7), direct: m.direct.toString(), indirect: m.indirect.toString() })),
    riskiestContracts: contracts.lockIn.riskiest.slice(0, 10).map((c) => ({ title: c.title, reference: null, score: c.score, factors: c.factors.map((f) => f.label) })),
    kpiRatings: contracts.ratings.map((r) => ({ rating: KPI_RATING_LABELS[r.rating as keyof typeof KPI_RATING_LABELS] ?? r.rating, count: Number(r.kpis) })),
    overdueKpiContracts: contracts.overdue.rows.map((c) => ({ title: c.title, reference: c.reference, lastAssessed: c.lastAssessedOn })),
  };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
