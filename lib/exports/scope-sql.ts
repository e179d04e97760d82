import type { Caller } from "@/lib/auth/caller";
import { literal, literalList } from "@/lib/exports/sql";

/**
 * The caller's departments as a SQL condition on a departmentId column (for COPY, which cannot take
 * Prisma where-clauses). Mirrors lib/auth/scope.ts departmentScope.
 */
export function departmentCondition(caller: Caller, column: string): string {
  switch (caller.role) {
    case "ADMIN":
      return "TRUE";
    case "COMMERCIAL_LEAD":
      return caller.departmentId ? `${column} = ${literal(caller.departmentId)}` : "FALSE";
    case "AUDITOR":
      return caller.auditorDepartments === "ALL" ? "TRUE" : `${column} IN (${literalList(caller.auditorDepartments)})`;
    case "SUPPLIER_USER":
      return "FALSE";
  }
}

/** Whether a department is within the caller's scope (for refusing a forged departmentId outright). */
export function callerCoversDepartment(caller: Caller, departmentId: string): boolean {
  if (caller.role === "ADMIN") return true;
  if (caller.role === "COMMERCIAL_LEAD") return caller.departmentId === departmentId;
  if (caller.role === "AUDITOR")
    return caller.auditorDepartments === "ALL" || caller.auditorDepartments.includes(departmentId);
  return false;
}
