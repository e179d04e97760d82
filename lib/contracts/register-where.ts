// The register's filters as a where-clause, shared by the register and by saved searches' matching
// (run in the worker for a search's owner). No "server-only": the worker imports it. The register's CSV
// renders the same filters as SQL (lib/exports/register.ts), from endingWindow and STILL_RUNNING below.
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
    const { from, until } = endingWindow(params.ending, today);
    filters.push({ status: { in: [...STILL_RUNNING] }, endDate: { gte: from, lte: until } });
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

/** The "ending within N months" filter: contracts still running (these statuses) whose end falls in endingWindow. */
export const STILL_RUNNING = ["ACTIVE", "PLANNED"] as const;

/** From today to the same day N months on (a day past a short month's end rolls over), as UTC dates. */
export function endingWindow(months: number, today: Date): { from: Date; until: Date } {
  return {
    from: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
    until: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate())),
  };
}
