import "server-only";
import type { Caller } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import type { OcdsContractInput } from "@/lib/ocds/export-input";

const org = { select: { id: true, legalName: true, companiesHouseNumber: true } } as const;
const BATCH = 200;

/**
 * The contracts in the caller's scope (one department, or every one the caller may see), with everything
 * an OCDS release needs, in batches by id (keyset), so a national package never sits in memory at once.
 */
export async function* iterateContractsForOcds(
  caller: Caller,
  departmentId?: string,
): AsyncGenerator<OcdsContractInput[]> {
  let after: string | undefined;
  for (;;) {
    const batch = await db.contract.findMany({
      where: { AND: [contractScope(caller), departmentId ? { departmentId } : {}, after ? { id: { gt: after } } : {}] },
      orderBy: { id: "asc" },
      take: BATCH,
      include: {
        department: { select: { id: true, name: true, identifier: true } },
        leadPartner: org,
        lot: { select: { number: true, name: true, framework: { select: { rmNumber: true, name: true } } } },
        members: {
          select: { id: true, role: true, pledgedSharePercent: true, joinedOn: true, leftOn: true, supplier: org },
          orderBy: [{ joinedOn: "asc" }, { id: "asc" }],
        },
        amendments: {
          select: { id: true, date: true, kind: true, rationale: true, valueChange: true },
          orderBy: [{ date: "asc" }, { id: "asc" }],
        },
        spend: {
          select: { id: true, kind: true, paidOn: true, amount: true, payerSupplierId: true, payeeSupplierId: true },
          orderBy: [{ paidOn: "asc" }, { id: "asc" }],
        },
      },
    });
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}
