import { Prisma } from "@prisma/client";
import type { DepartmentIds } from "@/lib/access/departments";

/**
 * The caller's departments (visibleDepartments) as a SQL condition on a departmentId column, for the raw
 * SQL reads: the dashboards' aggregates, and the exports' COPY (through inlineSql in lib/exports/sql.ts).
 */
export function departmentSql(departments: DepartmentIds, column: string): Prisma.Sql {
  if (departments === "ALL") return Prisma.sql`true`;
  if (departments.length === 0) return Prisma.sql`false`;
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(departments)})`;
}
