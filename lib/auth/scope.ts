import type { Prisma } from "@prisma/client";
import type { Caller } from "@/lib/auth/caller";

// What each role may read, as Prisma where-clauses. Every query ANDs its own filters with these.
// A clause that matches nothing, for a caller whose scope is missing (e.g. a lead with no department).
const NOTHING = { id: { in: [] as string[] } };

export function departmentScope(caller: Caller): Prisma.DepartmentWhereInput {
  switch (caller.role) {
    case "ADMIN":
      return {};
    case "COMMERCIAL_LEAD":
      return caller.departmentId ? { id: caller.departmentId } : NOTHING;
    case "AUDITOR":
      return caller.auditorDepartments === "ALL" ? {} : { id: { in: caller.auditorDepartments } };
    case "SUPPLIER_USER":
      return NOTHING;
  }
}

export function contractScope(caller: Caller): Prisma.ContractWhereInput {
  switch (caller.role) {
    case "ADMIN":
      return {};
    case "COMMERCIAL_LEAD":
      return caller.departmentId ? { departmentId: caller.departmentId } : NOTHING;
    case "AUDITOR":
      return caller.auditorDepartments === "ALL" ? {} : { departmentId: { in: caller.auditorDepartments } };
    case "SUPPLIER_USER": {
      const supplierId = caller.supplierId;
      if (!supplierId) return NOTHING;
      // A supplier is party to a contract as its lead partner or as a member of its partnership.
      return { OR: [{ leadPartnerId: supplierId }, { members: { some: { supplierId } } }] };
    }
  }
}

/** Suppliers: the buyer side reads the whole register (partner search); a supplier only itself. */
export function supplierScope(caller: Caller): Prisma.SupplierWhereInput {
  if (caller.role !== "SUPPLIER_USER") return {};
  return caller.supplierId ? { id: caller.supplierId } : NOTHING;
}
