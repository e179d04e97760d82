// Contract-level aggregates for the dashboards: lock-in bands, the renewal pipeline and KPI assessments (the
// context a lock-in score is computed from is in sql-lock-in-context.ts). The date range
// filter applies to spend only; these use the scope and the framework / lot / capability / supplier filters.
import { Prisma } from "@prisma/client";
import { isoDate } from "@/lib/dates/format";
import { PIPELINE_MONTHS, RENEWAL_LEAD_TIMES, lateIfEndingBefore } from "@/lib/insight/renewal";
import { LOCK_IN_BANDS } from "@/lib/risk/weights";
import { type SqlScope, contractWhere, departmentWhere, filtersContracts } from "@/lib/insight/sql-scope";

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

// The lead-time bands of renewal.ts (leadTimeMonths) as conditions on a contract's value, each above the band
// before it and at most its own bound, with their months: SQL and the pure rule cannot drift apart.
const leadTimeBands = RENEWAL_LEAD_TIMES.map((b, i) => {
  const above = i > 0 ? RENEWAL_LEAD_TIMES[i - 1]!.upTo : null;
  const parts = [
    ...(above === null ? [] : [Prisma.sql`c."currentValue" > ${above}::numeric`]),
    ...(b.upTo === null ? [] : [Prisma.sql`c."currentValue" <= ${b.upTo}::numeric`]),
  ];
  return { months: b.months, where: parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true` };
});

/**
 * Active contracts ending within the pipeline window, most urgent start-by date first, with totals. Two reads
 * of the covering index Contract_active_pipeline_idx, neither holding the window's rows: the totals in one pass
 * (late: its band's start-by date before today, as each listed row's), and the first `limit` by start-by date from the first `limit` of
 * each lead-time band by end date (within a band the start-by date follows the end date). The listed rows'
 * titles and names are joined afterwards, for them alone.
 */
export const renewalsSql = (s: SqlScope, today: string, limit: number) => {
  const inWindow = Prisma.sql`c.status = 'ACTIVE' AND c."endDate" >= ${today}::date
    AND c."endDate" < ${today}::date + make_interval(months => ${PIPELINE_MONTHS}::int) AND ${contractWhere("c", s)}`;
  const late = Prisma.join(
    leadTimeBands.map(
      (b) =>
        Prisma.sql`(${b.where} AND c."endDate" < ${isoDate(lateIfEndingBefore(new Date(`${today}T00:00:00Z`), b.months))}::date)`,
    ),
    " OR ",
  );
  const firstOfEachBand = Prisma.join(
    leadTimeBands.map(
      (
        b,
      ) => Prisma.sql`(SELECT c.id, c."currentValue", c."endDate", c."extensionsUsed", ${b.months}::int AS "leadMonths",
                (c."endDate" - make_interval(months => ${b.months}::int))::date AS "startBy"
           FROM "Contract" c WHERE ${inWindow} AND ${b.where} ORDER BY c."endDate", c.id LIMIT ${limit})`,
    ),
    " UNION ALL ",
  );
  return Prisma.sql`
  WITH totals AS (
    SELECT COUNT(*) AS contracts, COUNT(*) FILTER (WHERE ${late}) AS "lateContracts",
           COALESCE(SUM(c."currentValue"), 0) AS "pipelineValue", COALESCE(SUM(c."extensionsUsed"), 0) AS "extensionsTotal"
      FROM "Contract" c WHERE ${inWindow}
  )
  SELECT j.id, c.title, c.reference, d.name AS "departmentName", lead."legalName" AS "leadPartnerName", j."currentValue", j."endDate",
         j."extensionsUsed", c."extensionOptionsMonths", j."leadMonths", j."startBy", j."startBy" < ${today}::date AS late, t.*
    FROM totals t
    LEFT JOIN LATERAL (SELECT * FROM (${firstOfEachBand}) f ORDER BY "startBy", "endDate", id LIMIT ${limit}) j ON true
    LEFT JOIN "Contract" c ON c.id = j.id
    LEFT JOIN "Department" d ON d.id = c."departmentId" LEFT JOIN "Supplier" lead ON lead.id = c."leadPartnerId"
   ORDER BY j."startBy", j."endDate", j.id`;
};

export type KpiRatingRow = { rating: string; kpis: bigint };

/** The stored KPI summaries in scope; joined to their contracts only when a filter needs the contract. */
function kpiSummaries(s: SqlScope): Prisma.Sql {
  if (!filtersContracts(s.filters)) {
    return Prisma.sql`(SELECT k.* FROM "ContractKpiSummary" k WHERE ${departmentWhere(`k."departmentId"`, s)})`;
  }
  return Prisma.sql`(SELECT k.* FROM "ContractKpiSummary" k JOIN "Contract" c ON c.id = k."contractId" WHERE ${contractWhere("c", s)})`;
}

/** The latest rating of each KPI on contracts in scope, counted by rating: the stored summaries summed in one pass. */
export const kpiRatingsSql = (s: SqlScope) => Prisma.sql`
  SELECT v.rating, v.n::bigint AS kpis
    FROM (SELECT SUM(k.good) AS good, SUM(k."approachingTarget") AS "approachingTarget", SUM(k."requiresImprovement") AS "requiresImprovement",
                 SUM(k.inadequate) AS inadequate, SUM(k.other) AS other FROM ${kpiSummaries(s)} k) t
    CROSS JOIN LATERAL (VALUES ('GOOD', t.good), ('APPROACHING_TARGET', t."approachingTarget"), ('REQUIRES_IMPROVEMENT', t."requiresImprovement"),
                               ('INADEQUATE', t.inadequate), ('OTHER', t.other)) v(rating, n)
   WHERE v.n > 0 ORDER BY v.rating`;

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

/**
 * Active contracts in scope by stored lock-in risk band (only active contracts are scored): counted by score
 * first (at most 101 groups, in the order of the score index), then the groups by band.
 */
export const lockInDistributionSql = (s: SqlScope) => {
  const scores = !filtersContracts(s.filters)
    ? Prisma.sql`SELECT s.score FROM "ContractLockInScore" s WHERE ${departmentWhere(`s."departmentId"`, s)}`
    : Prisma.sql`SELECT s.score FROM "ContractLockInScore" s JOIN "Contract" c ON c.id = s."contractId" WHERE c.status = 'ACTIVE' AND ${contractWhere("c", s)}`;
  return Prisma.sql`SELECT ${bandCase} AS band, SUM(s.contracts)::bigint AS contracts
    FROM (SELECT score, COUNT(*) AS contracts FROM (${scores}) s GROUP BY score) s GROUP BY 1`;
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
