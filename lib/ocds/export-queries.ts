import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { contractScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { OcdsContractInput } from "@/lib/ocds/export";

const org = { select: { id: true, legalName: true, companiesHouseNumber: true } } as const;

/** The department's contracts in the caller's scope, with everything an OCDS release needs. */
export async function listContractsForOcds(caller: Caller, departmentId: string): Promise<OcdsContractInput[]> {
  return db.contract.findMany({
    where: { AND: [contractScope(caller), { departmentId }] },
    orderBy: { awardDate: "asc" },
    include: {
      department: { select: { id: true, name: true, identifier: true } },
      leadPartner: org,
      lot: { select: { number: true, name: true, framework: { select: { rmNumber: true, name: true } } } },
      members: { select: { id: true, role: true, pledgedSharePercent: true, joinedOn: true, leftOn: true, supplier: org }, orderBy: { joinedOn: "asc" } },
      amendments: { select: { id: true, date: true, kind: true, rationale: true, valueChange: true }, orderBy: { date: "asc" } },
      spend: { select: { id: true, kind: true, paidOn: true, amount: true, payerSupplierId: true, payeeSupplierId: true }, orderBy: { paidOn: "asc" } },
    },
  });
}
