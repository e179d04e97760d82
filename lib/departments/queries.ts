import "server-only";
import { requireUser } from "@/lib/access/caller";
import { departmentScope } from "@/lib/access/scope";
import { db } from "@/lib/db";

/** Departments the caller may read, for filters and pickers. */
export async function listDepartmentsInScope() {
  const caller = await requireUser();
  return db.department.findMany({
    where: departmentScope(caller),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
