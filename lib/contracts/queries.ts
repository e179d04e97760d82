import "server-only";
import type { Prisma } from "@prisma/client";
import { requireUser } from "@/lib/auth/caller";
import { contractScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
import type { ContractListParams } from "@/lib/contracts/schema";

export async function listContracts(params: ContractListParams) {
  const caller = await requireUser();
  const filters: Prisma.ContractWhereInput[] = [contractScope(caller)];
  if (params.status) filters.push({ status: params.status });
  if (params.q) {
    filters.push({
      OR: [
        { title: { contains: params.q, mode: "insensitive" } },
        { reference: { contains: params.q, mode: "insensitive" } },
        { leadPartner: { legalName: { contains: params.q, mode: "insensitive" } } },
      ],
    });
  }
  const where: Prisma.ContractWhereInput = { AND: filters };
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: skipFor(params.page),
      take: PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        routeToMarket: true,
        currentValue: true,
        awardDate: true,
        endDate: true,
        department: { select: { name: true } },
        leadPartner: { select: { id: true, legalName: true } },
        _count: { select: { members: { where: { leftOn: null } } } },
      },
    }),
    db.contract.count({ where }),
  ]);
  return pageOf(rows, total, params.page);
}

const sizeHistory = { select: { asOf: true, sizeClass: true, isSme: true }, orderBy: { asOf: "asc" } } as const;

/** One contract in the caller's scope, or null (out of scope looks the same as absent). */
export async function getContract(id: string) {
  const caller = await requireUser();
  return db.contract.findFirst({
    where: { AND: [{ id }, contractScope(caller)] },
    include: {
      department: true,
      capability: true,
      lot: { include: { framework: true } },
      leadPartner: { include: { sizeDeclarations: sizeHistory } },
      members: {
        include: { supplier: { include: { sizeDeclarations: sizeHistory } } },
        orderBy: [{ leftOn: { sort: "asc", nulls: "first" } }, { pledgedSharePercent: "desc" }],
      },
      amendments: { orderBy: { date: "asc" } },
    },
  });
}
