import type { Caller } from "@/lib/auth/caller";
import { selectList, type ExportColumn } from "@/lib/exports/columns";
import type { AuditExportParams } from "@/lib/exports/schema";
import { dateLiteral, literal, literalList } from "@/lib/exports/sql";

export const AUDIT_COLUMNS: ExportColumn[] = [
  { header: "Event", sql: `e.id`, kind: "integer", width: 10 },
  { header: "At (UTC)", sql: `to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, width: 24 },
  { header: "Actor", sql: `COALESCE(e."actorEmail", 'system')`, width: 30 },
  { header: "Action", sql: `e.action`, width: 24 },
  { header: "Record type", sql: `e."entityType"`, width: 16 },
  { header: "Record id", sql: `e."entityId"`, width: 28 },
  { header: "Department id", sql: `e."departmentId"`, width: 28 },
  { header: "Before", sql: `e.before::text`, width: 40 },
  { header: "After", sql: `e.after::text`, width: 40 },
  { header: "Previous hash", sql: `e."prevHash"`, width: 20 },
  { header: "Hash", sql: `e.hash`, width: 20 },
];

/** Mirrors lib/audit/queries.ts auditScope and auditFilters, as SQL for COPY. */
export function auditExportSql(caller: Caller, params: AuditExportParams): string {
  const conditions: string[] = [];
  if (caller.role !== "ADMIN" && caller.auditorDepartments !== "ALL")
    conditions.push(`e."departmentId" IN (${literalList(caller.auditorDepartments)})`);
  if (params.q) {
    const like = literal(`%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(e."actorEmail" ILIKE ${like} OR e.action ILIKE ${like})`);
  }
  if (params.entityType) conditions.push(`e."entityType" = ${literal(params.entityType)}`);
  if (params.from) conditions.push(`e.at >= ${dateLiteral(params.from)}`);
  if (params.to) conditions.push(`e.at < ${dateLiteral(params.to)} + 1`);
  return `SELECT
  ${selectList(AUDIT_COLUMNS, params.format)}
FROM "AuditEvent" e
WHERE ${conditions.length ? conditions.join(" AND ") : "TRUE"}
ORDER BY e.id`;
}
