import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { requireUser } from "@/lib/access/caller";
import { kpiAssessmentOverdue, kpiRequirement } from "@/lib/contracts/kpi-rules";
import { contractScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
import type { ContractListParams } from "@/lib/contracts/schema";
import { registerWhere } from "@/lib/contracts/register-where";

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
} satisfies Prisma.ContractSelect;

type RegisterFacts = { memberCount: number; kpiCount: number; lastAssessedOn: Date | null };

/**
 * Current members, KPIs and the latest KPI assessment of each contract of one page, looked up by id.
 * (Prisma's _count joins a count of every contract's members and KPIs: 0.46 s at 100,000 contracts.)
 */
async function registerFacts(contractIds: string[]): Promise<Map<string, RegisterFacts>> {
  if (contractIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ id: string } & RegisterFacts>>`
    SELECT c.id,
           (SELECT count(*) FROM "PartnershipMember" m WHERE m."contractId" = c.id AND m."leftOn" IS NULL)::int AS "memberCount",
           (SELECT count(*) FROM "Kpi" k WHERE k."contractId" = c.id)::int AS "kpiCount",
           (SELECT max(a."assessedOn") FROM "KpiAssessment" a JOIN "Kpi" k ON k.id = a."kpiId" WHERE k."contractId" = c.id) AS "lastAssessedOn"
      FROM unnest(${contractIds}::text[]) AS c(id)`;
  return new Map(rows.map(({ id, ...facts }) => [id, facts]));
}

/** Adds member and KPI counts and the Procurement Act flags: KPIs missing on a contract over £5m, and an overdue assessment. */
async function withKpiFlags<
  T extends {
    id: string;
    currentValue: Prisma.Decimal;
    awardDate: Date;
    status: string;
    kpiExemptionReason: string | null;
  },
>(rows: T[], today = new Date()) {
  const facts = await registerFacts(rows.map((r) => r.id));
  return rows.map((r) => {
    const { memberCount, kpiCount, lastAssessedOn } = facts.get(r.id) ?? {
      memberCount: 0,
      kpiCount: 0,
      lastAssessedOn: null,
    };
    return {
      ...r,
      memberCount,
      kpiCount,
      kpiRequirement: kpiRequirement({ value: r.currentValue, kpiCount, exemptionReason: r.kpiExemptionReason }),
      kpiOverdue: kpiAssessmentOverdue(
        { value: r.currentValue, kpiCount, awardDate: r.awardDate, lastAssessedOn, status: r.status },
        today,
      ),
    };
  });
}

export async function listContracts(params: ContractListParams) {
  const caller = await requireUser();
  const where = registerWhere(caller, params);
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: skipFor(params.page),
      take: PAGE_SIZE,
      select: registerRow,
    }),
    db.contract.count({ where }),
  ]);
  return pageOf(await withKpiFlags(rows), total, params.page);
}

/** Frameworks for the register's filter. Reference data: every signed-in role reads them. */
export async function listFrameworkOptions() {
  await requireUser();
  return db.framework.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, rmNumber: true } });
}

const sizeHistory = { select: { asOf: true, sizeClass: true, isSme: true }, orderBy: { asOf: "asc" } } as const;

/** One contract in the caller's scope, or null (out of scope looks the same as absent). */
export const getContract = cache(async (id: string) => {
  const contract = await findContract(id);
  if (!contract?.ocid) return contract ? { ...contract, smeSuitable: null } : null;
  // Contracts Finder's tender.suitability.sme, as its latest release stating it said (null: never stated).
  const stated = await db.ocdsRelease.findFirst({
    where: { ocid: contract.ocid, smeSuitable: { not: null } },
    orderBy: { releaseDate: "desc" },
    select: { smeSuitable: true },
  });
  return { ...contract, smeSuitable: stated?.smeSuitable ?? null };
});

async function findContract(id: string) {
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
        include: {
          accountableSupplier: { select: { id: true, legalName: true } },
          assessments: { orderBy: { assessedOn: "asc" } },
        },
      },
      socialValueCommitments: {
        orderBy: { createdAt: "asc" },
        include: {
          accountableSupplier: { select: { id: true, legalName: true } },
          deliveries: { orderBy: { deliveredOn: "asc" } },
        },
      },
    },
  });
}
