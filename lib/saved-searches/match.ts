// Which saved searches a new contract matches, as alerts for their owners: the owner's own scope and
// the search's own filters, the same where-clauses the register and partner search run. Runs in the
// worker (the saved-search-match job), so the owner's scope is read here, not from a session.
import { Prisma, type PrismaClient } from "@prisma/client";
import type { Caller } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { registerWhere } from "@/lib/contracts/register-where";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { partnerFilters, sizeForFilter } from "@/lib/partner-search/sql";
import { PartnerSearchParamsSchema } from "@/lib/partner-search/schema";
import type { AlertCandidate } from "@/lib/alerts/source";
import { SAVED_SEARCH_PAGES } from "./schema";
import { withParams } from "@/lib/url";

async function callerFor(prisma: PrismaClient, userId: string): Promise<Caller | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { auditorGrants: { select: { departmentId: true } } },
  });
  if (!user || user.disabledAt) return null;
  const { id, email, name, role, departmentId, supplierId } = user;
  return {
    id,
    email,
    name,
    role,
    departmentId,
    supplierId,
    auditorDepartments: user.auditorAllDepartments ? "ALL" : user.auditorGrants.map((g) => g.departmentId),
  };
}

async function matches(
  prisma: PrismaClient,
  caller: Caller,
  kind: "REGISTER" | "PARTNER_SEARCH",
  filters: Record<string, string>,
  contractId: string,
): Promise<boolean> {
  if (kind === "REGISTER") {
    return (
      (await prisma.contract.count({
        where: { AND: [registerWhere(caller, ContractListParamsSchema.parse(filters)), { id: contractId }] },
      })) === 1
    );
  }
  if ((await prisma.contract.count({ where: { AND: [contractScope(caller), { id: contractId }] } })) === 0)
    return false;
  // Partner search finds suppliers: the contract matches when its lead partner or a current member is one it would find.
  const p = PartnerSearchParamsSchema.parse(filters);
  const [row] = await prisma.$queryRaw<{ found: boolean }[]>(Prisma.sql`
    SELECT EXISTS (
      SELECT 1 FROM "Supplier" s ${sizeForFilter(p)}
       WHERE s.id IN (SELECT "leadPartnerId" FROM "Contract" WHERE id = ${contractId}
                      UNION SELECT "supplierId" FROM "PartnershipMember" WHERE "contractId" = ${contractId} AND "leftOn" IS NULL)
         AND ${partnerFilters(p)}) AS found`);
  return Boolean(row?.found);
}

export async function savedSearchAlerts(prisma: PrismaClient, contractId: string): Promise<AlertCandidate[]> {
  const contract = await prisma.contract.findUnique({
    where: { id: contractId },
    select: {
      id: true,
      title: true,
      department: { select: { name: true } },
      leadPartner: { select: { legalName: true } },
    },
  });
  if (!contract) return [];
  const searches = await prisma.savedSearch.findMany({
    where: { emailOnNewMatch: true },
    select: { id: true, userId: true, kind: true, name: true, params: true },
  });
  const alerts: AlertCandidate[] = [];
  for (const search of searches) {
    const caller = await callerFor(prisma, search.userId);
    const filters = (search.params ?? {}) as Record<string, string>;
    if (!caller || !(await matches(prisma, caller, search.kind, filters, contractId))) continue;
    alerts.push({
      kind: "SAVED_SEARCH",
      key: `saved-search:${search.id}:${contract.id}`,
      userIds: [search.userId],
      subject: `New contract matching "${search.name}": ${contract.title}`,
      text: `A new contract matches your saved search "${search.name}" (${SAVED_SEARCH_PAGES[search.kind].label}): "${contract.title}", ${contract.department.name}, led by ${contract.leadPartner.legalName}.\nThe search: ${withParams(SAVED_SEARCH_PAGES[search.kind].path, filters)}`,
      link: `/contracts/${contract.id}`,
    });
  }
  return alerts;
}
