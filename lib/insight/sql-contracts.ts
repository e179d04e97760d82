// Contract-level aggregates for the dashboards: lock-in bands, the renewal pipeline and KPI assessments (the
// context a lock-in score is computed from is in sql-lock-in-context.ts). The date range
// filter applies to spend only; these use the scope and the framework / lot / capability / supplier filters.
import { Prisma } from "@prisma/client";
import { PIPELINE_MONTHS, RENEWAL_LEAD_TIMES } from "@/lib/insight/renewal";
import { LOCK_IN_BANDS } from "@/lib/risk/weights";
import { type SqlScope, contractWhere, departmentWhere, filtersContracts } from "@/lib/insight/sql-scope";

// The lead-time bands of renewal.ts as one SQL CASE, so SQL and the pure rule cannot drift apart.
const leadMonthsCase = Prisma.sql`CASE ${Prisma.join(
  RENEWAL_LEAD_TIMES.map((b) =>
    b.upTo === null
      ? Prisma.sql`ELSE ${b.months}::int`
      : Prisma.sql`WHEN c."currentValue" <= ${b.upTo}::numeric THEN ${b.months}::int`,
  ),
  " ",
)} END`;

export type RenewalRow = {
  id: string;
  title: string;
  reference: string | null;
  departmentName: string;
  leadPartnerName: string;
  currentValue: Prisma.Decimal;
  endDate: Date;
  extensionsUsed: number;
  extensionOptionsMonths: number;
  leadMonths: number;
  startBy: Date;
  late: boolean;
  contracts: bigint;
  lateContracts: bigint;
  pipelineValue: Prisma.Decimal;
  extensionsTotal: bigint;
};

/**
 * Active contracts ending within the pipeline window, most urgent start-by date first, with totals. The pipeline
 * reads only what the totals and the order need (the covering index Contract_active_pipeline_idx answers it without
 * the table at national scale, where a quarter of the contracts end within the window); the listed rows' titles
 * and names are joined afterwards, for them alone.
 */
export const renewalsSql = (s: SqlScope, today: string, limit: number) => Prisma.sql`
  WITH pipeline AS (
    SELECT c.id, c."currentValue", c."endDate", c."extensionsUsed", ${leadMonthsCase} AS "leadMonths" FROM "Contract" c
     WHERE c.status = 'ACTIVE' AND c."endDate" >= ${today}::date AND c."endDate" < ${today}::date + make_interval(months => ${PIPELINE_MONTHS}::int)
       AND ${contractWhere("c", s)}
  ), judged AS (
    SELECT p.*, (p."endDate" - make_interval(months => p."leadMonths"))::date AS "startBy" FROM pipeline p
  ), totals AS (
    SELECT COUNT(*) AS contracts, COUNT(*) FILTER (WHERE "startBy" < ${today}::date) AS "lateContracts",
           COALESCE(SUM("currentValue"), 0) AS "pipelineValue", COALESCE(SUM("extensionsUsed"), 0) AS "extensionsTotal" FROM judged
  )
  SELECT j.id, c.title, c.reference, d.name AS "departmentName", lead."legalName" AS "leadPartnerName", j."currentValue", j."endDate",
         j."extensionsUsed", c."extensionOptionsMonths", j."leadMonths", j."startBy", j."startBy" < ${today}::date AS late, t.*
    FROM totals t
    LEFT JOIN LATERAL (SELECT * FROM judged ORDER BY "startBy", "endDate", id LIMIT ${limit}) j ON true
    LEFT JOIN "Contract" c ON c.id = j.id
    LEFT JOIN "Department" d ON d.id = c."departmentId" LEFT JOIN "Supplier" lead ON lead.id = c."leadPartnerId"
   ORDER BY j."startBy", j."endDate", j.id`;

export type KpiRatingRow = { rating: string; kpis: bigint };

/** The stored KPI summaries in scope; joined to their contracts only when a filter needs the contract. */
function kpiSummaries(s: SqlScope): Prisma.Sql {
  if (!filtersContracts(s.filters)) {
    return Prisma.sql`(SELECT k.* FROM "ContractKpiSummary" k WHERE ${departmentWhere(`k."departmentId"`, s)})`;
  }
  return Prisma.sql`(SELECT k.* FROM "ContractKpiSummary" k JOIN "Contract" c ON c.id = k."contractId" WHERE ${contractWhere("c", s)})`;
}

/** The latest rating of each KPI on contracts in scope, counted by rating (from ContractKpiSummary). */
export const kpiRatingsSql = (s: SqlScope) => Prisma.sql`
  SELECT v.rating, SUM(v.n)::bigint AS kpis
    FROM ${kpiSummaries(s)} k
    CROSS JOIN LATERAL (VALUES ('GOOD', k.good), ('APPROACHING_TARGET', k."approachingTarget"), ('REQUIRES_IMPROVEMENT', k."requiresImprovement"),
                               ('INADEQUATE', k.inadequate), ('OTHER', k.other)) v(rating, n)
   WHERE v.n > 0 GROUP BY v.rating ORDER BY v.rating`;

export type OverdueRow = {
  id: string;
  title: string;
  reference: string | null;
  departmentName: string;
  currentValue: Prisma.Decimal;
  lastAssessedOn: Date | null;
  kpis: bigint;
  overdue: bigint;
};

/**
 * Active contracts over £5m (not exempt) with no KPI assessment in the 12 months to today (limit null: all). The
 * count and the order read only the covering index Contract_overdue_kpi_idx and the KPI summaries; the listed
 * rows' titles are joined afterwards, for them alone.
 */
export const overdueAssessmentsSql = (s: SqlScope, today: string, limit: number | null) => Prisma.sql`
  WITH overdue AS (
    SELECT c.id, c."departmentId", c."currentValue", k."lastAssessedOn", COALESCE(k.kpis, 0)::bigint AS kpis
      FROM "Contract" c LEFT JOIN "ContractKpiSummary" k ON k."contractId" = c.id
     WHERE c.status = 'ACTIVE' AND c."currentValue" > 5000000 AND c."kpiExemptionReason" IS NULL AND ${contractWhere("c", s)}
       AND (k."lastAssessedOn" IS NULL OR k."lastAssessedOn" <= ${today}::date - INTERVAL '12 months')
  ), listed AS (
    SELECT o.*, COUNT(*) OVER () AS overdue FROM overdue o ORDER BY o."currentValue" DESC, o.id LIMIT ${limit}
  )
  SELECT o.id, c.title, c.reference, d.name AS "departmentName", o."currentValue", o."lastAssessedOn", o.kpis, o.overdue
    FROM listed o JOIN "Contract" c ON c.id = o.id JOIN "Department" d ON d.id = o."departmentId"
   ORDER BY o."currentValue" DESC, o.id`;

// The risk bands of weights.ts as one SQL CASE (lower bounds inclusive).
const bandCase = Prisma.sql`CASE ${Prisma.join(
  [...LOCK_IN_BANDS].reverse().map((b) => Prisma.sql`WHEN s.score >= ${b.min}::int THEN ${b.key}`),
  " ",
)} END`;

export type LockInBandRow = { band: string; contracts: bigint };

/** Active contracts in scope by stored lock-in risk band (only active contracts are scored). */
export const lockInDistributionSql = (s: SqlScope) => {
  const scores = !filtersContracts(s.filters)
    ? Prisma.sql`SELECT s.score FROM "ContractLockInScore" s WHERE ${departmentWhere(`s."departmentId"`, s)}`
    : Prisma.sql`SELECT s.score FROM "ContractLockInScore" s JOIN "Contract" c ON c.id = s."contractId" WHERE c.status = 'ACTIVE' AND ${contractWhere("c", s)}`;
  return Prisma.sql`SELECT ${bandCase} AS band, COUNT(*) AS contracts FROM (${scores}) s GROUP BY 1`;
};

export type RiskiestRow = {
  id: string;
  title: string;
  leadPartnerName: string;
  currentValue: Prisma.Decimal;
  score: number;
  factors: Prisma.JsonValue;
};

/** The highest stored lock-in scores among active contracts in scope, with their factors. */
export const riskiestContractsSql = (s: SqlScope, limit: number) => Prisma.sql`
  SELECT c.id, c.title, lead."legalName" AS "leadPartnerName", c."currentValue", r.score, r.factors
    FROM (SELECT s."contractId", s.score, s.factors FROM "ContractLockInScore" s JOIN "Contract" c ON c.id = s."contractId"
           WHERE c.status = 'ACTIVE' AND ${contractWhere("c", s)} ORDER BY s.score DESC, s."contractId" LIMIT ${limit}) r
    JOIN "Contract" c ON c.id = r."contractId" JOIN "Supplier" lead ON lead.id = c."leadPartnerId"
   ORDER BY r.score DESC, r."contractId"`;
