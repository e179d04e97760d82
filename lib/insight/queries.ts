import "server-only";
import { Decimal } from "decimal.js";
import type { Prisma } from "@prisma/client";
import { type Caller, requireRole } from "@/lib/auth/caller";
import { departmentScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { byTokenism, pledgedVsDelivered } from "@/lib/insight/pledged";
import type { InsightFilters } from "@/lib/insight/schema";
import { smeShare } from "@/lib/insight/shares";
import * as C from "@/lib/insight/sql-contracts";
import type { DepartmentIds, SqlScope } from "@/lib/insight/sql-scope";
import * as S from "@/lib/insight/sql-spend";
import type { LockInFactor } from "@/lib/risk/lock-in";
import { LOCK_IN_BANDS } from "@/lib/risk/weights";

export const TOP_SUPPLIERS = 10;
const LIST_LIMIT = 50;

/** Dashboards are for the buyer side: leads (their department), auditors (granted), administrators (all). */
async function insightCaller(): Promise<Caller> {
  return requireRole("ADMIN", "COMMERCIAL_LEAD", "AUDITOR");
}

export function departmentsOf(caller: Caller): DepartmentIds {
  if (caller.role === "ADMIN") return "ALL";
  if (caller.role === "COMMERCIAL_LEAD") return caller.departmentId ? [caller.departmentId] : [];
  if (caller.role === "AUDITOR") return caller.auditorDepartments;
  return [];
}

const scopeFor = (caller: Caller, filters: InsightFilters): SqlScope => ({
  departments: departmentsOf(caller),
  filters,
});
const isoToday = () => new Date().toISOString().slice(0, 10);

/** Filter choices: departments in scope, frameworks with lots, capabilities, and the chosen supplier's name. */
export async function getInsightFilterOptions(filters: InsightFilters) {
  const caller = await insightCaller();
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
  const scope = scopeFor(await insightCaller(), filters);
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

/** page: which LIST_LIMIT member rows of pledged-against-delivered (worst first) to show. */
export async function getPartnershipDashboard(filters: InsightFilters, page = 1) {
  const scope = scopeFor(await insightCaller(), filters);
  const [members, byCapability, byDepartment] = await Promise.all([
    db.$queryRaw<S.PartnershipMemberRow[]>(S.pledgedVsDeliveredSql(scope, LIST_LIMIT, (page - 1) * LIST_LIMIT)),
    db.$queryRaw<S.ConcentrationRow[]>(S.concentrationSql(scope, "capability")),
    db.$queryRaw<S.ConcentrationRow[]>(S.concentrationSql(scope, "department")),
  ]);
  // Group the member rows (already ranked in SQL) into partnerships and judge them with the pure rule.
  const grouped = new Map<
    string,
    {
      contractId: string;
      title: string;
      reference: string | null;
      departmentName: string;
      leadPartnerName: string;
      contractSpend: string;
      rows: S.PartnershipMemberRow[];
    }
  >();
  for (const row of members) {
    const p = grouped.get(row.contractId) ?? {
      contractId: row.contractId,
      title: row.title,
      reference: row.reference,
      departmentName: row.departmentName,
      leadPartnerName: row.leadPartnerName,
      contractSpend: row.contractSpend.toString(),
      rows: [],
    };
    p.rows.push(row);
    grouped.set(row.contractId, p);
  }
  const partnerships = byTokenism(
    [...grouped.values()].map((p) => {
      const outcomes = pledgedVsDelivered(
        p.contractSpend,
        p.rows.map((r) => ({
          supplierId: r.supplierId,
          pledgedSharePercent: r.pledgedSharePercent,
          received: r.received,
        })),
      );
      return {
        ...p,
        members: outcomes.map((o, i) => ({
          ...o,
          legalName: p.rows[i]?.legalName ?? "",
          received: p.rows[i]?.received.toString() ?? "0",
        })),
      };
    }),
  );
  return {
    partnerships,
    partnershipCount: Number(members[0]?.partnerships ?? 0),
    tokenismCount: Number(members[0]?.tokenismPartnerships ?? 0),
    memberRows: {
      total: Number(members[0]?.memberRows ?? 0),
      page,
      pageSize: LIST_LIMIT,
      pageCount: Math.max(1, Math.ceil(Number(members[0]?.memberRows ?? 0) / LIST_LIMIT)),
    },
    byCapability,
    byDepartment,
  };
}

export async function getContractDashboard(filters: InsightFilters, today = isoToday()) {
  const scope = scopeFor(await insightCaller(), filters);
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
