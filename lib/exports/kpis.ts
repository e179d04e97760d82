// The KPI table of the contracts dashboard as a file: the count of KPIs by latest rating, then every contract
// whose assessment is overdue (the screen shows the first of them), from the screen's own statements.
import { Prisma } from "@prisma/client";
import type { Caller } from "@/lib/access/caller";
import { selectList, type ExportColumn } from "@/lib/exports/columns";
import { ukIsoDate } from "@/lib/dates/format";
import { scopeFor } from "@/lib/insight/dashboard-scope";
import type { InsightFilters } from "@/lib/insight/schema";
import { kpiRatingsSql, overdueAssessmentsSql } from "@/lib/insight/sql-contracts";

export const KPI_COLUMNS: ExportColumn[] = [
  { header: "Kind", sql: `k.kind`, width: 20 },
  { header: "Contract", sql: `k.contract`, width: 40 },
  { header: "Reference", sql: `k.reference`, width: 16 },
  { header: "Department", sql: `k.department`, width: 30 },
  { header: "Detail", sql: `k.detail`, width: 40 },
  { header: "Last assessed", sql: `to_char(k."lastAssessedOn", 'YYYY-MM-DD')`, kind: "date", width: 12 },
];

/** Ratings (by rating) first, then overdue contracts by value, largest first: the screen's orders. */
export function kpisExportSql(caller: Caller, filters: InsightFilters, format: "csv" | "xlsx"): Prisma.Sql {
  const scope = scopeFor(caller, filters);
  return Prisma.sql`SELECT
  ${Prisma.raw(selectList(KPI_COLUMNS, format))}
FROM (
  SELECT 0 AS part, 'Latest rating count' AS kind, NULL AS contract, NULL AS reference, NULL AS department,
         r.rating || ': ' || r.kpis AS detail, NULL::date AS "lastAssessedOn", row_number() OVER (ORDER BY r.rating) AS n
    FROM (${kpiRatingsSql(scope)}) r
  UNION ALL
  SELECT 1, 'Assessment overdue', o.title, o.reference, o."departmentName",
         o.kpis || ' KPIs; value £' || o."currentValue"::numeric(18, 2), o."lastAssessedOn",
         row_number() OVER (ORDER BY o."currentValue" DESC, o.id)
    FROM (${overdueAssessmentsSql(scope, ukIsoDate(), null)}) o
) k
ORDER BY k.part, k.n`;
}
