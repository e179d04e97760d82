import "server-only";
import { type Caller, requireUser } from "@/lib/access/caller";
import { contractScope, departmentScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { importScope } from "@/lib/imports/queries";
import { can } from "@/lib/access/capabilities";
import { visibleDepartments } from "@/lib/access/departments";
import { type OverdueRow, type RenewalRow, overdueAssessmentsSql, renewalsSql } from "@/lib/insight/sql-contracts";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { noticeAttention } from "@/lib/notices/queries";
import { type AttentionFacts, attentionItems, lastFullMonth } from "./attention";
import { ukIsoDate } from "@/lib/dates/format";

/** Headline figures for the caller's scope, and what is waiting for them, shown on the home page. */
export async function getOverview(today = new Date()) {
  const caller = await requireUser();
  const scope = contractScope(caller);
  const [contracts, active, value, facts, readable] = await Promise.all([
    db.contract.count({ where: scope }),
    db.contract.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.contract.aggregate({ where: { AND: [scope, { status: "ACTIVE" }] }, _sum: { currentValue: true } }),
    attentionFacts(caller, today),
    readableDepartments(caller),
  ]);
  return {
    caller,
    contracts,
    activeContracts: active,
    activeValue: value._sum.currentValue,
    attention: facts ? attentionItems(facts, today) : null,
    readable,
  };
}

/** For auditors, what they have been granted: every department, or the names of those granted. Null for others. */
async function readableDepartments(caller: Caller): Promise<"ALL" | string[] | null> {
  if (caller.role !== "AUDITOR") return null;
  if (caller.auditorDepartments === "ALL") return "ALL";
  const departments = await db.department.findMany({
    where: departmentScope(caller),
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return departments.map((d) => d.name);
}

/** Null for auditors: they read and export, nothing waits on them. */
async function attentionFacts(caller: Caller, today: Date): Promise<AttentionFacts | null> {
  if (can(caller, "writeContracts")) return buyerFacts(caller, today);
  if (caller.role === "SUPPLIER_USER" && caller.supplierId) return supplierFacts(caller.supplierId, today);
  return null;
}

async function buyerFacts(caller: Caller, today: Date): Promise<AttentionFacts> {
  const scope = { departments: visibleDepartments(caller), filters: InsightFiltersSchema.parse({}) };
  const day = ukIsoDate(today);
  const [renewals, overdue, imports, claims, notices] = await Promise.all([
    db.$queryRaw<RenewalRow[]>(renewalsSql(scope, day, 1)),
    db.$queryRaw<OverdueRow[]>(overdueAssessmentsSql(scope, day, 1)),
    db.import.count({ where: { AND: [importScope(caller), { status: "AWAITING_MATCHES" }] } }),
    can(caller, "verifyClaims") ? db.lotMembership.count({ where: { status: "CLAIMED" } }) : null,
    noticeAttention(caller, today),
  ]);
  return {
    kind: "buyer",
    lateRenewals: Number(renewals[0]?.lateContracts ?? 0),
    overdueKpiContracts: Number(overdue[0]?.overdue ?? 0),
    importsAwaitingMatches: imports,
    lotClaimsToVerify: claims,
    ...notices,
  };
}

async function supplierFacts(supplierId: string, today: Date): Promise<AttentionFacts> {
  const month = lastFullMonth(today);
  const nextMonth = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  const [size, claims, withoutReturn] = await Promise.all([
    db.sizeDeclaration.findFirst({ where: { supplierId }, orderBy: { asOf: "desc" }, select: { asOf: true } }),
    db.lotMembership.count({ where: { supplierId, status: "CLAIMED" } }),
    // Active partnerships it leads that had a member that month and were reported on before, but not for that
    // month. (A return holds payments made; a month in which no member was paid has nothing to file, so a
    // partnership never reported on is not flagged.)
    db.contract.count({
      where: {
        leadPartnerId: supplierId,
        status: "ACTIVE",
        startDate: { lt: nextMonth },
        members: { some: { joinedOn: { lt: nextMonth }, OR: [{ leftOn: null }, { leftOn: { gte: month } }] } },
        AND: [
          { spend: { some: { kind: "INDIRECT", payerSupplierId: supplierId, paidOn: { lt: month } } } },
          { spend: { none: { kind: "INDIRECT", payerSupplierId: supplierId, paidOn: { gte: month, lt: nextMonth } } } },
        ],
      },
    }),
  ]);
  return {
    kind: "supplier",
    latestSizeAsOf: size?.asOf ?? null,
    lotClaimsWaiting: claims,
    leadContractsWithoutReturn: withoutReturn,
    returnMonth: month,
  };
}
