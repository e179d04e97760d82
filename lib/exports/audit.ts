import { Prisma } from "@prisma/client";
import { visibleDepartments, type ScopedCaller } from "@/lib/access/departments";
import { departmentSql } from "@/lib/access/sql-scope";
import { selectList, type ExportColumn } from "@/lib/exports/columns";
import type { AuditExportParams } from "@/lib/exports/schema";

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

/** The audit trail's query: the caller's departments (auditScope's rule) AND the audit filters, as SQL for COPY. */
export function auditExportSql(caller: ScopedCaller, params: AuditExportParams): Prisma.Sql {
  const conditions = [departmentSql(visibleDepartments(caller), `e."departmentId"`)];
  if (params.q) {
    const like = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(e."actorEmail" ILIKE ${like} OR e.action ILIKE ${like})`);
  }
  if (params.entityType) conditions.push(Prisma.sql`e."entityType" = ${params.entityType}`);
  if (params.from) conditions.push(Prisma.sql`e.at >= ${params.from}::date`);
  if (params.to) conditions.push(Prisma.sql`e.at < ${params.to}::date + 1`);
  return Prisma.sql`SELECT
  ${Prisma.raw(selectList(AUDIT_COLUMNS, params.format))}
FROM "AuditEvent" e
WHERE ${Prisma.join(conditions, " AND ")}
ORDER BY e.id`;
}
