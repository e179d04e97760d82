import "server-only";
import { requireRole } from "@/lib/auth/caller";
import { departmentScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/** Choices for the contract form: only writers get here. Suppliers are the buyer side's register. */
export async function getContractFormOptions() {
  const caller = await requireRole("ADMIN", "COMMERCIAL_LEAD");
  const [departments, lots, suppliers] = await Promise.all([
    db.department.findMany({ where: departmentScope(caller), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.lot.findMany({ orderBy: [{ framework: { name: "asc" } }, { number: "asc" }], select: { id: true, number: true, name: true, framework: { select: { name: true, rmNumber: true } } } }),
    listSupplierOptions(),
  ]);
  return {
    isAdmin: caller.role === "ADMIN",
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    lots: lots.map((l) => ({ value: l.id, label: `${l.framework.name} (${l.framework.rmNumber}), Lot ${l.number} ${l.name}` })),
    suppliers,
  };
}

/** Suppliers to pick as lead partner or member; capped, as a select is no place for tens of thousands. */
export async function listSupplierOptions() {
  await requireRole("ADMIN", "COMMERCIAL_LEAD");
  const suppliers = await db.supplier.findMany({ orderBy: { legalName: "asc" }, take: 2000, select: { id: true, legalName: true } });
  return suppliers.map((s) => ({ value: s.id, label: s.legalName }));
}
