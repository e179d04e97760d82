// The one rule for which departments a caller may see. Every form of the scope (Prisma where-clauses in
// lib/access/scope.ts, SQL in lib/access/sql-scope.ts) is rendered from visibleDepartments.
import type { Role } from "@/lib/access/roles";

/** Departments a caller may see: every one, or a list (possibly empty). */
export type DepartmentIds = "ALL" | string[];

/** What the scope needs of a caller (lib/access/caller.ts's Caller has it). */
export type ScopedCaller = {
  role: Role;
  departmentId: string | null;
  supplierId: string | null;
  auditorDepartments: "ALL" | string[];
};

/** Administrators every department; leads their own; auditors those granted; suppliers none (they see contracts they are party to). */
export function visibleDepartments(caller: ScopedCaller): DepartmentIds {
  switch (caller.role) {
    case "ADMIN":
      return "ALL";
    case "COMMERCIAL_LEAD":
      return caller.departmentId ? [caller.departmentId] : [];
    case "AUDITOR":
      return caller.auditorDepartments;
    case "SUPPLIER_USER":
      return [];
  }
}

/** Whether one department is within the caller's scope (to refuse a forged departmentId outright). */
export function coversDepartment(caller: ScopedCaller, departmentId: string): boolean {
  const departments = visibleDepartments(caller);
  return departments === "ALL" || departments.includes(departmentId);
}
