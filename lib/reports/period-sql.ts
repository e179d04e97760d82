// The report's contract sections, limited to its period (the dashboards' contract figures are as of
// today, whatever the date filter). One department, already checked against the caller's scope.
import { Prisma } from "@prisma/client";

export type ReportPeriod = { departmentId: string; from: string; toInclusive: string; asOf: string };

/** Contracts running at some point in the period (and not cancelled). */
const runningIn = (p: ReportPeriod, alias = "c") =>
  Prisma.sql`${Prisma.raw(alias)}."departmentId" = ${p.departmentId} AND ${Prisma.raw(alias)}.status <> 'CANCELLED'
    AND ${Prisma.raw(alias)}."startDate" <= ${p.toInclusive}::date AND ${Prisma.raw(alias)}."endDate" >= ${p.from}::date`;

export const contractsRunningSql = (p: ReportPeriod) =>
  Prisma.sql`SELECT COUNT(*) AS contracts FROM "Contract" c WHERE ${runningIn(p)}`;

export type PeriodRatingRow = { rating: string; kpis: bigint };

/** Each KPI's latest rating assessed within the period, counted by rating. */
export const kpiRatingsInPeriodSql = (p: ReportPeriod) => Prisma.sql`
  SELECT latest.rating::text AS rating, COUNT(*) AS kpis FROM (
    SELECT DISTINCT ON (a."kpiId") a.rating FROM "KpiAssessment" a JOIN "Kpi" k ON k.id = a."kpiId" JOIN "Contract" c ON c.id = k."contractId"
     WHERE c."departmentId" = ${p.departmentId} AND a."assessedOn" BETWEEN ${p.from}::date AND ${p.toInclusive}::date
     ORDER BY a."kpiId", a."assessedOn" DESC, a."createdAt" DESC, a.id DESC
  ) latest GROUP BY latest.rating ORDER BY latest.rating`;

export type PeriodOverdueRow = { title: string; reference: string | null; lastAssessedOn: Date | null };

/** Contracts over £5m (not exempt) running at the period's end (or today) with no assessment in the 12 months before it. */
export const overdueAtPeriodEndSql = (p: ReportPeriod, limit: number) => Prisma.sql`
  SELECT c.title, c.reference, last."assessedOn" AS "lastAssessedOn" FROM "Contract" c
    LEFT JOIN LATERAL (SELECT MAX(a."assessedOn") AS "assessedOn" FROM "KpiAssessment" a JOIN "Kpi" k ON k.id = a."kpiId"
                        WHERE k."contractId" = c.id AND a."assessedOn" <= ${p.asOf}::date) last ON true
   WHERE c."departmentId" = ${p.departmentId} AND c.status <> 'CANCELLED' AND c."currentValue" > 5000000 AND c."kpiExemptionReason" IS NULL
     AND c."startDate" <= ${p.asOf}::date AND c."endDate" >= ${p.asOf}::date
     AND (last."assessedOn" IS NULL OR last."assessedOn" <= ${p.asOf}::date - INTERVAL '12 months')
   ORDER BY c."currentValue" DESC, c.id LIMIT ${limit}`;

export type PeriodRiskRow = { title: string; reference: string | null; score: number; factors: Prisma.JsonValue };

/** The highest stored lock-in scores among contracts running in the period. */
export const riskiestInPeriodSql = (p: ReportPeriod, limit: number) => Prisma.sql`
  SELECT c.title, c.reference, s.score, s.factors FROM "ContractLockInScore" s JOIN "Contract" c ON c.id = s."contractId"
   WHERE ${runningIn(p)} ORDER BY s.score DESC, c.id LIMIT ${limit}`;
