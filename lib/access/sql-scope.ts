import { Prisma } from "@prisma/client";
import { visibleDepartments, type DepartmentIds, type ScopedCaller } from "@/lib/access/departments";

/**
 * The caller's departments (visibleDepartments) as a SQL condition on a departmentId column, for the raw
 * SQL reads: the dashboards' aggregates, and the exports' COPY (through inlineSql in lib/exports/sql.ts).
 */
export function departmentSql(departments: DepartmentIds, column: string): Prisma.Sql {
  if (departments === "ALL") return Prisma.sql`true`;
  if (departments.length === 0) return Prisma.sql`false`;
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(departments)})`;
}

/**
 * contractScope (lib/access/scope.ts) as SQL on a "Contract" alias: the caller's departments, or for a
 * supplier the contracts it leads or is (or was) a member of.
 */
export function contractSql(caller: ScopedCaller, alias: string): Prisma.Sql {
  if (caller.role !== "SUPPLIER_USER") return departmentSql(visibleDepartments(caller), `${alias}."departmentId"`);
  if (!caller.supplierId) return Prisma.sql`false`;
  const contract = Prisma.raw(alias);
  return Prisma.sql`(${contract}."leadPartnerId" = ${caller.supplierId} OR EXISTS (SELECT 1 FROM "PartnershipMember" party
    WHERE party."contractId" = ${contract}.id AND party."supplierId" = ${caller.supplierId}))`;
}
