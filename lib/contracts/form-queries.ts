import "server-only";
import { requireCan } from "@/lib/access/caller";
import { departmentScope } from "@/lib/access/scope";
import { db } from "@/lib/db";

/** Choices for the contract form: only writers get here. Suppliers are searched as the user types (listSupplierChoices). */
export async function getContractFormOptions() {
  const caller = await requireCan("writeContracts");
  const [departments, lots] = await Promise.all([
    db.department.findMany({
      where: departmentScope(caller),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.lot.findMany({
      orderBy: [{ framework: { name: "asc" } }, { number: "asc" }],
      select: { id: true, number: true, name: true, framework: { select: { name: true, rmNumber: true } } },
    }),
  ]);
  return {
    isAdmin: caller.role === "ADMIN",
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    lots: lots.map((l) => ({
      value: l.id,
      label: `${l.framework.name} (${l.framework.rmNumber}), Lot ${l.number} ${l.name}`,
    })),
  };
}
