// The lock-in table of the contracts dashboard as a file: every scored contract in the caller's scope, each
// factor with its weight, evidence and source, streamed from one query (COPY for CSV, a cursor for XLSX).
import { Prisma } from "@prisma/client";
import type { ScopedCaller } from "@/lib/access/departments";
import { contractSql } from "@/lib/access/sql-scope";
import { selectList, type ExportColumn } from "@/lib/exports/columns";

export const LOCK_IN_COLUMNS: ExportColumn[] = [
  { header: "Contract", sql: `c.title`, width: 40 },
  { header: "Reference", sql: `c.reference`, width: 16 },
  { header: "Department", sql: `d.name`, width: 30 },
  { header: "Lock-in score (0-100)", sql: `s.score`, kind: "integer", width: 12 },
  { header: "Factors (weight: evidence; source)", sql: `factors.text`, width: 80 },
];

/** Highest score first (then by contract, so ties keep one order); the dashboards' department filter. */
export function lockInExportSql(
  caller: ScopedCaller,
  filters: { department?: string },
  format: "csv" | "xlsx",
): Prisma.Sql {
  const conditions = [contractSql(caller, "c")];
  if (filters.department) conditions.push(Prisma.sql`c."departmentId" = ${filters.department}`);
  return Prisma.sql`SELECT
  ${Prisma.raw(selectList(LOCK_IN_COLUMNS, format))}
FROM "ContractLockInScore" s
JOIN "Contract" c ON c.id = s."contractId"
JOIN "Department" d ON d.id = c."departmentId"
-- The factors as lockInScore() stored them, in their order: "label (weight: evidence; source) | …" (null: none).
CROSS JOIN LATERAL (SELECT string_agg(format('%s (%s: %s; %s)', f->>'label', f->>'weight', f->>'evidence', f->>'source'),
  ' | ' ORDER BY n) AS text FROM jsonb_array_elements(s.factors) WITH ORDINALITY AS factor(f, n)) factors
WHERE ${Prisma.join(conditions, "\n  AND ")}
ORDER BY s.score DESC, s."contractId"`;
}
