import "server-only";
import type { Prisma } from "@prisma/client";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import type { LeadContractFacts } from "@/lib/supply-chain/validate";

type Client = Prisma.TransactionClient | typeof db;

/** The contracts on which this supplier is lead partner, with their partnership members: what a return may name. */
export async function leadContractFacts(supplierId: string, client: Client = db): Promise<LeadContractFacts[]> {
  const contracts = await client.contract.findMany({
    where: { leadPartnerId: supplierId },
    orderBy: { title: "asc" },
    select: {
      id: true,
      reference: true,
      title: true,
      departmentId: true,
      startDate: true,
      members: {
        select: {
          supplierId: true,
          joinedOn: true,
          leftOn: true,
          supplier: { select: { legalName: true, companiesHouseNumber: true, normalisedName: true } },
        },
      },
    },
  });
  return contracts.map(({ members, ...c }) => ({
    ...c,
    members: members.map(({ supplier, ...m }) => ({ ...m, ...supplier })),
  }));
}

/** For the supplier's returns page: its lead contracts (for the form) and its recent returns. */
export async function getSupplyChainReturnsPage() {
  const caller = await requireRole("SUPPLIER_USER");
  if (!caller.supplierId) return { contracts: [], imports: [] };
  const colleagues = await db.user.findMany({ where: { supplierId: caller.supplierId }, select: { id: true } });
  const [contracts, imports] = await Promise.all([
    leadContractFacts(caller.supplierId),
    db.import.findMany({
      // Returns filed by anyone in the organisation, including ones that only repeated earlier payments.
      where: { kind: "SUPPLY_CHAIN_RETURN", createdById: { in: colleagues.map((u) => u.id) } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, fileName: true, createdAt: true, rowsRead: true, rowsWritten: true, duplicatesSkipped: true, totalAmount: true },
    }),
  ]);
  return { contracts, imports };
}
