// The register's CSV as one SQL query for COPY: the register page's columns, filters, order and caller
// scope (listContracts with registerWhere), rendered as SQL so PostgreSQL streams the file.
import { Prisma } from "@prisma/client";
import type { ScopedCaller } from "@/lib/access/departments";
import { contractSql } from "@/lib/access/sql-scope";
import { KPI_REQUIREMENT_LABELS } from "@/lib/contracts/kpi-rules";
import { kpiAssessmentOverdueSql, kpiRequirementSql, type KpiFactsSql } from "@/lib/contracts/kpi-rules-sql";
import { endingWindow, STILL_RUNNING } from "@/lib/contracts/register-where";
import { ROUTE_TO_MARKET_LABELS, STATUS_LABELS, type ContractListParams } from "@/lib/contracts/schema";
import { isoDate } from "@/lib/dates/format";
import { labelSql, selectList, type ExportColumn } from "@/lib/exports/columns";

// Money as exact decimals with two places and no symbol (numeric(16,2) as text), so spreadsheets sum it.
export const REGISTER_COLUMNS: ExportColumn[] = [
  { header: "Reference", sql: `c.reference` },
  { header: "Title", sql: `c.title` },
  { header: "Buyer", sql: `d.name` },
  { header: "Lead partner", sql: `lp."legalName"` },
  { header: "Current members", sql: `members.count`, kind: "integer" },
  { header: "Route to market", sql: labelSql(`c."routeToMarket"`, ROUTE_TO_MARKET_LABELS) },
  // Null without a lot (an empty field, as the in-process writer gave).
  { header: "Framework", sql: `f."rmNumber" || ' ' || f.name || ', Lot ' || l.number` },
  { header: "Status", sql: labelSql(`c.status`, STATUS_LABELS) },
  { header: "Award date", sql: `to_char(c."awardDate", 'YYYY-MM-DD')`, kind: "date" },
  { header: "End date", sql: `to_char(c."endDate", 'YYYY-MM-DD')`, kind: "date" },
  { header: "Award value (GBP)", sql: `c."awardValue"`, kind: "money" },
  { header: "Current value (GBP)", sql: `c."currentValue"`, kind: "money" },
  { header: "KPIs", sql: `kpis.count`, kind: "integer" },
  { header: "KPI requirement", sql: labelSql(`flags.requirement`, KPI_REQUIREMENT_LABELS) },
  { header: "KPI assessment overdue", sql: `CASE WHEN flags.overdue THEN 'Yes' ELSE 'No' END` },
];

const FACTS: KpiFactsSql = {
  value: `c."currentValue"`,
  kpiCount: `kpis.count`,
  exemptionReason: `c."kpiExemptionReason"`,
  status: `c.status`,
  awardDate: `c."awardDate"`,
  lastAssessedOn: `kpis."lastAssessedOn"`,
};

/** As Prisma's `contains` builds its ILIKE pattern: the text is not escaped, so % and _ match as on the page. */
const containing = (text: string) => `%${text}%`;

/** registerWhere (lib/contracts/register-where.ts) as SQL: the caller's scope AND the URL's filters. */
function registerConditions(caller: ScopedCaller, params: ContractListParams, today: Date): Prisma.Sql[] {
  const conditions = [contractSql(caller, "c")];
  if (params.status) conditions.push(Prisma.sql`c.status::text = ${params.status}`);
  if (params.framework) conditions.push(Prisma.sql`l."frameworkId" = ${params.framework}`);
  if (params.supplier) {
    const name = containing(params.supplier);
    conditions.push(Prisma.sql`(lp."legalName" ILIKE ${name} OR EXISTS (SELECT 1 FROM "PartnershipMember" pm
      JOIN "Supplier" ps ON ps.id = pm."supplierId" WHERE pm."contractId" = c.id AND ps."legalName" ILIKE ${name}))`);
  }
  if (params.ending) {
    const { from, until } = endingWindow(params.ending, today);
    conditions.push(Prisma.sql`c.status::text IN (${Prisma.join([...STILL_RUNNING])})
      AND c."endDate" BETWEEN ${isoDate(from)}::date AND ${isoDate(until)}::date`);
  }
  if (params.q) {
    const text = containing(params.q);
    conditions.push(Prisma.sql`(c.title ILIKE ${text} OR c.reference ILIKE ${text} OR lp."legalName" ILIKE ${text})`);
  }
  return conditions;
}

const SORT_COLUMNS: Record<ContractListParams["sort"], string> = {
  title: `c.title`,
  awardDate: `c."awardDate"`,
  endDate: `c."endDate"`,
  currentValue: `c."currentValue"`,
};

/**
 * The filtered register in the page's order (its sort, then id), with each contract's current members, KPIs,
 * latest assessment and KPI flags judged at `today` as the page judges them. Inlined for COPY by inlineSql.
 */
export function registerExportSql(caller: ScopedCaller, params: ContractListParams, today = new Date()): Prisma.Sql {
  const direction = params.dir === "asc" ? "ASC" : "DESC";
  return Prisma.sql`SELECT
  ${Prisma.raw(selectList(REGISTER_COLUMNS, "csv"))}
FROM "Contract" c
JOIN "Department" d ON d.id = c."departmentId"
JOIN "Supplier" lp ON lp.id = c."leadPartnerId"
LEFT JOIN "Lot" l ON l.id = c."lotId"
LEFT JOIN "Framework" f ON f.id = l."frameworkId"
CROSS JOIN LATERAL (SELECT count(*)::int AS count FROM "PartnershipMember" m
  WHERE m."contractId" = c.id AND m."leftOn" IS NULL) members
CROSS JOIN LATERAL (SELECT count(*)::int AS count, max(k.latest) AS "lastAssessedOn"
  FROM (SELECT (SELECT max(a."assessedOn") FROM "KpiAssessment" a WHERE a."kpiId" = k.id) AS latest
    FROM "Kpi" k WHERE k."contractId" = c.id) k) kpis
CROSS JOIN LATERAL (SELECT ${kpiRequirementSql(FACTS)} AS requirement,
  ${kpiAssessmentOverdueSql(FACTS, today)} AS overdue) flags
WHERE ${Prisma.join(registerConditions(caller, params, today), "\n  AND ")}
ORDER BY ${Prisma.raw(SORT_COLUMNS[params.sort])} ${Prisma.raw(direction)}, c.id ASC`;
}
