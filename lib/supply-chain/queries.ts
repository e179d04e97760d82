import "server-only";
import type { Prisma } from "@prisma/client";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { contractMonth, type ContractMonth } from "@/lib/supply-chain/received";
import type { LeadContractFacts, ReturnLine } from "@/lib/supply-chain/validate";

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
      select: {
        id: true,
        fileName: true,
        createdAt: true,
        rowsRead: true,
        rowsWritten: true,
        duplicatesSkipped: true,
        totalAmount: true,
      },
    }),
  ]);
  return { contracts, imports };
}

/**
 * For the lines of a return: what the buyer paid the lead (direct spend on the contract) per contract and
 * month, and what earlier returns already reported there, leaving out the payments these lines repeat.
 */
export async function receiptsFor(
  payerSupplierId: string,
  lines: ReturnLine[],
  fingerprints: string[],
  client: Client = db,
) {
  const received = new Map<ContractMonth, string>();
  const reportedBefore = new Map<ContractMonth, string>();
  const keys = [...new Set(lines.map(contractMonth))];
  if (keys.length === 0) return { received, reportedBefore };
  const pairs = keys.map((k) => k.split("|") as [string, string]);
  const rows = await client.$queryRaw<Array<{ kind: string; contract_id: string; month: string; total: string }>>`
    SELECT kind::text, "contractId" AS contract_id, to_char("paidOn", 'YYYY-MM') AS month, SUM(amount)::text AS total
    FROM "SpendTransaction"
    WHERE ("contractId", to_char("paidOn", 'YYYY-MM')) IN (SELECT * FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]))
      AND ((kind = 'DIRECT' AND "payeeSupplierId" = ${payerSupplierId})
        OR (kind = 'INDIRECT' AND "payerSupplierId" = ${payerSupplierId} AND NOT (fingerprint = ANY(${fingerprints}::text[]))))
    GROUP BY 1, 2, 3`;
  for (const r of rows) (r.kind === "DIRECT" ? received : reportedBefore).set(`${r.contract_id}|${r.month}`, r.total);
  return { received, reportedBefore };
}
