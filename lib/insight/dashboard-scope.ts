import "server-only";
import type { Caller } from "@/lib/access/caller";
import { visibleDepartments } from "@/lib/access/departments";
import type { InsightFilters } from "@/lib/insight/schema";
import type { SqlScope } from "@/lib/insight/sql-scope";

// The departments (and URL filters) every dashboard query is scoped to; readInsight says who may see them.

export const LIST_LIMIT = 50;

export const scopeFor = (caller: Caller, filters: InsightFilters): SqlScope => ({
  departments: visibleDepartments(caller),
  filters,
});
