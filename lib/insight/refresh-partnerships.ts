// Stored pledged vs delivered: each SME member of a partnership (SME as at the contract's award) with
// what reached it (direct + indirect, all time) against the contract's direct spend, judged and ranked
// as the dashboard lists them. Rebuilt by refreshSpendAggregates after the spend roll-ups it reads.
import { Prisma } from "@prisma/client";
import { contractRowsOf } from "@/lib/insight/refresh-lock";
import { TOKENISM_RATIO } from "@/lib/insight/pledged";

/** Replaces the rows of the departments given (all when absent), or of those contracts, inside the caller's transaction. */
export async function refreshPartnershipDelivery(
  tx: Prisma.TransactionClient,
  departmentIds?: string[],
  contractIds?: string[],
): Promise<void> {
  const { own, contracts } = contractRowsOf(departmentIds, contractIds);
  await tx.$executeRaw`DELETE FROM "PartnershipDelivery" WHERE ${own}`;
  await tx.$executeRaw`
    INSERT INTO "PartnershipDelivery" ("memberId", "contractId", "supplierId", "departmentId", "leadPartnerId", "lotId", "capabilityId",
      "pledgedSharePercent", received, "contractSpend", tokenism, shortfall, "anyTokenism", "worstShortfall", "firstMember")
    WITH members AS (
      SELECT pm.id AS "memberId", c.id AS "contractId", pm."supplierId", c."departmentId", c."leadPartnerId", c."lotId", c."capabilityId", pm."pledgedSharePercent"
        FROM "PartnershipMember" pm JOIN "Contract" c ON c.id = pm."contractId"
       WHERE ${contracts}
         AND COALESCE((SELECT sd."isSme" FROM "SizeDeclaration" sd WHERE sd."supplierId" = pm."supplierId" AND sd."asOf" <= c."awardDate"
                       ORDER BY sd."asOf" DESC, sd.id DESC LIMIT 1), false)
    ), received AS (
      SELECT p."contractId", p."payeeSupplierId", SUM(p.amount) AS amount FROM "SpendContractPayee" p
       WHERE p."contractId" IN (SELECT "contractId" FROM members) GROUP BY 1, 2
    ), contract_spend AS (
      SELECT p."contractId", SUM(p.amount) AS amount FROM "SpendContractPayee" p
       WHERE p.kind = 'DIRECT' AND p."contractId" IN (SELECT "contractId" FROM members) GROUP BY 1
    ), judged AS (
      SELECT m.*, COALESCE(r.amount, 0) AS received, COALESCE(cs.amount, 0) AS "contractSpend"
        FROM members m
        LEFT JOIN received r ON r."contractId" = m."contractId" AND r."payeeSupplierId" = m."supplierId"
        LEFT JOIN contract_spend cs ON cs."contractId" = m."contractId"
    ), flagged AS (
      SELECT j.*, (j."pledgedSharePercent" > 0 AND j.received * 100 < j."pledgedSharePercent" * ${TOKENISM_RATIO.toString()}::numeric * j."contractSpend") AS tokenism,
             j."pledgedSharePercent" - CASE WHEN j."contractSpend" > 0 THEN j.received * 100 / j."contractSpend" ELSE 0 END AS shortfall
        FROM judged j
    )
    SELECT f."memberId", f."contractId", f."supplierId", f."departmentId", f."leadPartnerId", f."lotId", f."capabilityId",
           f."pledgedSharePercent", f.received, f."contractSpend", f.tokenism, f.shortfall,
           BOOL_OR(f.tokenism) OVER (PARTITION BY f."contractId"), MAX(f.shortfall) OVER (PARTITION BY f."contractId"),
           ROW_NUMBER() OVER (PARTITION BY f."contractId" ORDER BY f."memberId") = 1
      FROM flagged f`;
}
