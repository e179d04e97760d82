import "server-only";
import { type Caller, requireRole } from "@/lib/auth/caller";
import type { InsightFilters } from "@/lib/insight/schema";
import type { DepartmentIds, SqlScope } from "@/lib/insight/sql-scope";

// Who may see the dashboards, and the departments (and URL filters) every dashboard query is scoped to.

export const LIST_LIMIT = 50;

/** Dashboards are for the buyer side: leads (their department), auditors (granted), administrators (all). */
export async function insightCaller(): Promise<Caller> {
  return requireRole("ADMIN", "COMMERCIAL_LEAD", "AUDITOR");
}

export function departmentsOf(caller: Caller): DepartmentIds {
  if (caller.role === "ADMIN") return "ALL";
  if (caller.role === "COMMERCIAL_LEAD") return caller.departmentId ? [caller.departmentId] : [];
  if (caller.role === "AUDITOR") return caller.auditorDepartments;
  return [];
}

export const scopeFor = (caller: Caller, filters: InsightFilters): SqlScope => ({
  departments: departmentsOf(caller),
  filters,
});
