// What a return is checked against, read with whichever client the writer holds (the web server's in an
// action, the worker's in the upload's job; a transaction's in both). No `server-only`: the worker
// imports it. The caller scopes it: `supplierId` is the lead partner the return is filed for.
import type { Prisma, PrismaClient } from "@prisma/client";
import { contractMonth, type ContractMonth } from "@/lib/supply-chain/received";
import type { LeadContractFacts, ReturnLine } from "@/lib/supply-chain/validate";

type Client = Prisma.TransactionClient | PrismaClient;

/** The contracts on which this supplier is lead partner, with their partnership members: what a return may name. */
export async function leadContractFacts(client: Client, supplierId: string): Promise<LeadContractFacts[]> {
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

/**
 * For the lines of a return: what the buyer paid the lead (direct spend on the contract) per contract and
 * month, and what earlier returns already reported there, leaving out the payments these lines repeat.
 */
export async function receiptsFor(
  client: Client,
  payerSupplierId: string,
  lines: ReturnLine[],
  fingerprints: string[],
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
