import "server-only";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { leadContractFacts } from "@/lib/supply-chain/return-facts";

/** Returns are the organisation's: filed by anyone in it, including ones that only repeated earlier payments. */
async function organisationReturns(supplierId: string) {
  const colleagues = await db.user.findMany({ where: { supplierId }, select: { id: true } });
  return { kind: "SUPPLY_CHAIN_RETURN" as const, createdById: { in: colleagues.map((u) => u.id) } };
}

/** For the supplier's returns page: its lead contracts (for the form) and its recent returns. */
export async function getSupplyChainReturnsPage() {
  const caller = await requireCan("fileSupplyChainReturns");
  if (!caller.supplierId) return { contracts: [], imports: [] };
  const [contracts, imports] = await Promise.all([
    leadContractFacts(db, caller.supplierId),
    organisationReturns(caller.supplierId).then((where) =>
      db.import.findMany({
        where,
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          fileName: true,
          status: true,
          createdAt: true,
          rowsRead: true,
          rowsWritten: true,
          duplicatesSkipped: true,
          totalAmount: true,
        },
      }),
    ),
  ]);
  return { contracts, imports };
}

/** One uploaded return and how its job is going, when it is the caller's organisation's; else null. */
export async function getSupplyChainReturn(id: string) {
  const caller = await requireCan("fileSupplyChainReturns");
  if (!caller.supplierId) return null;
  return db.import.findFirst({
    where: { id, ...(await organisationReturns(caller.supplierId)) },
    select: {
      id: true,
      fileName: true,
      status: true,
      rowsRead: true,
      rowsWritten: true,
      duplicatesSkipped: true,
      totalAmount: true,
      errors: true,
      failureReason: true,
    },
  });
}
