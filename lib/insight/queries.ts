import "server-only";
import { Decimal } from "decimal.js";
import type { Prisma } from "@prisma/client";
import { departmentScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { scopeFor } from "@/lib/insight/dashboard-scope";
import type { InsightFilters } from "@/lib/insight/schema";
import { smeShare } from "@/lib/insight/shares";
import * as S from "@/lib/insight/sql-spend";
import { requireCan } from "@/lib/access/caller";

// The dashboards' filter choices and the spend dashboard. The partnership and contract dashboards:
// lib/insight/partnership-queries.ts, lib/insight/contract-queries.ts.

export const TOP_SUPPLIERS = 10;

/** Filter choices: departments in scope, frameworks with lots, capabilities, and the chosen supplier's name. */
export async function getInsightFilterOptions(filters: InsightFilters) {
  const caller = await requireCan("readInsight");
  const [departments, frameworks, capabilities, supplier] = await Promise.all([
    db.department.findMany({
      where: departmentScope(caller),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.framework.findMany({
      select: {
        id: true,
        rmNumber: true,
        name: true,
        lots: { select: { id: true, number: true, name: true }, orderBy: { number: "asc" } },
      },
      orderBy: { rmNumber: "asc" },
    }),
    db.capability.findMany({ select: { id: true, name: true, parentId: true }, orderBy: { name: "asc" } }),
    filters.supplier
      ? db.supplier.findUnique({ where: { id: filters.supplier }, select: { id: true, legalName: true } })
      : null,
  ]);
  return { caller, departments, frameworks, capabilities, supplier };
}

export async function getSpendDashboard(filters: InsightFilters) {
  const scope = scopeFor(await requireCan("readInsight"), filters);
  const [months, lots, routes, suppliers, smeYears] = await Promise.all([
    db.$queryRaw<S.MonthlyRow[]>(S.spendByMonthSql(scope)),
    db.$queryRaw<S.LotRow[]>(S.spendByLotSql(scope)),
    db.$queryRaw<S.RouteRow[]>(S.spendByRouteSql(scope)),
    db.$queryRaw<S.SupplierRow[]>(S.topSuppliersSql(scope, TOP_SUPPLIERS)),
    db.$queryRaw<S.SmeYearRow[]>(S.smeByYearSql(scope)),
  ]);
  const first = suppliers[0];
  const topTotal = suppliers.reduce((s, r) => s.plus(r.amount.toString()), new Decimal(0));
  const rest = first
    ? {
        amount: new Decimal(first.total.toString()).minus(topTotal),
        suppliers: Number(first.suppliers) - suppliers.length,
      }
    : null;
  return {
    months: months.map((m) => ({
      ...m,
      share: smeShare({ directToSmes: m.directSme, directTotal: m.direct, indirectToSmes: m.indirectSme }),
    })),
    unverified: unverifiedSmeShare(months),
    lots,
    routes,
    suppliers,
    rest,
    smeYears: smeYears.map((y) => ({
      ...y,
      share: smeShare({ directToSmes: y.directSme, directTotal: y.directTotal, indirectToSmes: y.indirectSme }),
    })),
  };
}

/** How much of the view's direct SME share rests on size declarations nobody has verified (suppliers' own word). */
function unverifiedSmeShare(months: S.MonthlyRow[]) {
  const sum = (pick: (m: S.MonthlyRow) => Prisma.Decimal) =>
    months.reduce((t, m) => t.plus(pick(m).toString()), new Decimal(0));
  const direct = sum((m) => m.direct);
  const directSme = sum((m) => m.directSme);
  const unverified = sum((m) => m.directSmeUnverified);
  return {
    directSme: directSme.toFixed(2),
    unverified: unverified.toFixed(2),
    /** Points of direct SME share (of all direct spend) that rest on unverified declarations. */
    shareOfDirect: direct.isZero() ? new Decimal(0) : unverified.dividedBy(direct),
    shareOfSme: directSme.isZero() ? new Decimal(0) : unverified.dividedBy(directSme),
  };
}
