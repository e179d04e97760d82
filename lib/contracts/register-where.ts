// The register's filters as a where-clause, shared by the register and by saved searches' matching
// (run in the worker for a search's owner). No "server-only": the worker imports it.
import type { Prisma } from "@prisma/client";
import type { Caller } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import type { ContractListParams } from "@/lib/contracts/schema";

/** The register's where-clause: the caller's scope AND the URL's filters. */
export function registerWhere(
  caller: Caller,
  params: ContractListParams,
  today = new Date(),
): Prisma.ContractWhereInput {
  const filters: Prisma.ContractWhereInput[] = [contractScope(caller)];
  if (params.status) filters.push({ status: params.status });
  if (params.framework) filters.push({ lot: { frameworkId: params.framework } });
  if (params.supplier) {
    const name = { legalName: { contains: params.supplier, mode: "insensitive" as const } };
    filters.push({ OR: [{ leadPartner: name }, { members: { some: { supplier: name } } }] });
  }
  if (params.ending) {
    const until = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + params.ending, today.getUTCDate()));
    filters.push({ status: { in: ["ACTIVE", "PLANNED"] }, endDate: { gte: startOfDay(today), lte: until } });
  }
  if (params.q) {
    filters.push({
      OR: [
        { title: { contains: params.q, mode: "insensitive" } },
        { reference: { contains: params.q, mode: "insensitive" } },
        { leadPartner: { legalName: { contains: params.q, mode: "insensitive" } } },
      ],
    });
  }
  return { AND: filters };
}

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
