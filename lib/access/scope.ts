import type { Prisma } from "@prisma/client";
import { visibleDepartments, type ScopedCaller } from "@/lib/access/departments";

// What a caller may read, as Prisma where-clauses rendered from visibleDepartments (lib/access/departments.ts).
// Every query ANDs its own filters with these; lib/access/sql-scope.ts renders the same rule as SQL.

/** Rows of any table with a departmentId column (contracts, imports, audit events, payments) the caller may see. */
export function inVisibleDepartments(caller: ScopedCaller): { departmentId?: { in: string[] } } {
  const departments = visibleDepartments(caller);
  return departments === "ALL" ? {} : { departmentId: { in: departments } };
}

export function departmentScope(caller: ScopedCaller): Prisma.DepartmentWhereInput {
  const departments = visibleDepartments(caller);
  return departments === "ALL" ? {} : { id: { in: departments } };
}

export function contractScope(caller: ScopedCaller): Prisma.ContractWhereInput {
  if (caller.role !== "SUPPLIER_USER") return inVisibleDepartments(caller);
  const supplierId = caller.supplierId;
  if (!supplierId) return { id: { in: [] } };
  // A supplier is party to a contract as its lead partner or as a member of its partnership.
  return { OR: [{ leadPartnerId: supplierId }, { members: { some: { supplierId } } }] };
}

/** Suppliers: the buyer side reads the whole register (partner search); a supplier only itself. */
export function supplierScope(caller: ScopedCaller): Prisma.SupplierWhereInput {
  if (caller.role !== "SUPPLIER_USER") return {};
  return caller.supplierId ? { id: caller.supplierId } : { id: { in: [] } };
}
