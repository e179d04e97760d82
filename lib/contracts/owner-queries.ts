import "server-only";
import type { Prisma } from "@prisma/client";
import { requireUser } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { ROLE_LABELS } from "@/lib/access/roles";

/**
 * Who may own a department's contracts (and so be sent its alerts): an active account that can see the
 * department: administrators, the department's commercial leads and auditors granted it. Suppliers never.
 */
export function ownerCandidateWhere(departmentId: string): Prisma.UserWhereInput {
  return {
    disabledAt: null,
    OR: [
      { role: "ADMIN" },
      { role: "COMMERCIAL_LEAD", departmentId },
      {
        role: "AUDITOR",
        OR: [{ auditorAllDepartments: true }, { auditorGrants: { some: { departmentId } } }],
      },
    ],
  };
}

/**
 * The contract's owner for the buyer side (suppliers are not told who in the department owns it), with the
 * people it could pass to when the caller may write contracts. Null when out of scope or for suppliers.
 */
export async function getContractOwnership(contractId: string, canWrite: boolean) {
  const caller = await requireUser();
  if (caller.role === "SUPPLIER_USER") return null;
  const contract = await db.contract.findFirst({
    where: { AND: [{ id: contractId }, contractScope(caller)] },
    select: { id: true, version: true, departmentId: true, owner: { select: { id: true, name: true, email: true } } },
  });
  if (!contract) return null;
  const candidates = canWrite
    ? await db.user.findMany({
        where: ownerCandidateWhere(contract.departmentId),
        orderBy: [{ name: "asc" }, { email: "asc" }],
        select: { id: true, name: true, email: true, role: true },
      })
    : [];
  return {
    contractId: contract.id,
    version: contract.version,
    owner: contract.owner,
    candidates: candidates.map((u) => ({ value: u.id, label: `${u.name} (${ROLE_LABELS[u.role]}, ${u.email})` })),
  };
}
