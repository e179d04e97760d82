import "server-only";
import type { Prisma } from "@prisma/client";
import { requireUser, type Caller } from "@/lib/auth/caller";
import { kpiAssessmentOverdue, kpiRequirement } from "@/lib/contracts/kpi-rules";
import { contractScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
import type { ContractListParams } from "@/lib/contracts/schema";

/** The register's where-clause: the caller's scope AND the URL's filters. */
function registerWhere(caller: Caller, params: ContractListParams, today = new Date()): Prisma.ContractWhereInput {
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

const registerRow = {
  id: true,
  reference: true,
  title: true,
  status: true,
  routeToMarket: true,
  awardValue: true,
  currentValue: true,
  awardDate: true,
  endDate: true,
  kpiExemptionReason: true,
  department: { select: { name: true } },
  leadPartner: { select: { id: true, legalName: true } },
  lot: { select: { number: true, framework: { select: { rmNumber: true, name: true } } } },
  _count: { select: { members: { where: { leftOn: null } }, kpis: true } },
} satisfies Prisma.ContractSelect;

/** Latest KPI assessment date per contract, for the overdue flag (one grouped query per page). */
async function lastAssessedOn(contractIds: string[]): Promise<Map<string, Date>> {
  if (contractIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ contractId: string; last: Date }>>`
    SELECT k."contractId", max(a."assessedOn") AS last
    FROM "KpiAssessment" a JOIN "Kpi" k ON k.id = a."kpiId"
    WHERE k."contractId" = ANY(${contractIds}) GROUP BY k."contractId"`;
  return new Map(rows.map((r) => [r.contractId, r.last]));
}

/** Adds the Procurement Act flags: KPIs missing on a contract over £5m, and an overdue assessment. */
async function withKpiFlags<T extends { id: string; currentValue: Prisma.Decimal; awardDate: Date; status: string; kpiExemptionReason: string | null; _count: { kpis: number } }>(rows: T[], today = new Date()) {
  const last = await lastAssessedOn(rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    kpiRequirement: kpiRequirement({ value: r.currentValue, kpiCount: r._count.kpis, exemptionReason: r.kpiExemptionReason }),
    kpiOverdue: kpiAssessmentOverdue({ value: r.currentValue, kpiCount: r._count.kpis, awardDate: r.awardDate, lastAssessedOn: last.get(r.id) ?? null, status: r.status }, today),
  }));
}

export async function listContracts(params: ContractListParams) {
  const caller = await requireUser();
  const where = registerWhere(caller, params);
  const [rows, total] = await Promise.all([
    db.contract.findMany({ where, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], skip: skipFor(params.page), take: PAGE_SIZE, select: registerRow }),
    db.contract.count({ where }),
  ]);
  return pageOf(await withKpiFlags(rows), total, params.page);
}

export type RegisterRow = Awaited<ReturnType<typeof listContracts>>["rows"][number];

/** Every row of the filtered register, in batches by id cursor (for the CSV download). */
export async function* iterateRegister(params: ContractListParams): AsyncGenerator<RegisterRow> {
  const caller = await requireUser();
  const where = registerWhere(caller, params);
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.contract.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      take: 1000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: registerRow,
    });
    yield* await withKpiFlags(batch);
    if (batch.length < 1000) return;
    cursor = batch[batch.length - 1]!.id;
  }
}

/** Frameworks for the register's filter. Reference data: every signed-in role reads them. */
export async function listFrameworkOptions() {
  await requireUser();
  return db.framework.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, rmNumber: true } });
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
      amendments: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
      kpis: {
        orderBy: { createdAt: "asc" },
        include: { accountableSupplier: { select: { id: true, legalName: true } }, assessments: { orderBy: { assessedOn: "asc" } } },
      },
      socialValueCommitments: {
        orderBy: { createdAt: "asc" },
        include: { accountableSupplier: { select: { id: true, legalName: true } }, deliveries: { orderBy: { deliveredOn: "asc" } } },
      },
    },
  });
}
