// Reads what notices and their deadlines are computed from. Callers scope the where: every function takes it,
// and the database client too, so the job worker (the notice alerts) reads through the same functions.
import type { Prisma, PrismaClient } from "@prisma/client";
import { declarationAsAt } from "@/lib/suppliers/size";
import type { ObligationContract } from "./obligations";
import type { PipelineContract } from "./pipeline";
import type { NoticeContract, NoticeSupplier } from "./releases/source";

type Db = Prisma.TransactionClient | PrismaClient;

const ledger = {
  select: {
    id: true,
    kind: true,
    date: true,
    valueChange: true,
    newEndDate: true,
    endsContract: true,
    legalGround: true,
    connectedToId: true,
    rationale: true,
    supplierId: true,
  },
  orderBy: [{ date: "asc" as const }, { createdAt: "asc" as const }],
};

const obligationSelect = {
  id: true,
  title: true,
  status: true,
  awardDate: true,
  startDate: true,
  endDate: true,
  awardedEndDate: true,
  extensionOptionsMonths: true,
  category: true,
  awardValue: true,
  currentValue: true,
  departmentId: true,
  amendments: ledger,
  performanceFailures: { select: { id: true, kind: true, foundOn: true } },
  kpis: { select: { id: true } },
} satisfies Prisma.ContractSelect;

/** Contracts with what their deadlines need (ledger, findings, KPI count). */
export async function listObligationContracts(
  db: Db,
  where: Prisma.ContractWhereInput,
): Promise<Array<ObligationContract & { departmentId: string }>> {
  const rows = await db.contract.findMany({
    where,
    select: obligationSelect,
    orderBy: [{ awardDate: "asc" }, { id: "asc" }],
  });
  return rows.map(({ amendments, performanceFailures, kpis, ...c }) => ({
    ...c,
    changes: amendments,
    failures: performanceFailures,
    kpiCount: kpis.length,
  }));
}

/** A department's live and planned contracts, for its expected spend and its pipeline (UK1). */
export function listPipelineContracts(db: Db, departmentId: string): Promise<PipelineContract[]> {
  return db.contract.findMany({
    where: { departmentId, status: { in: ["ACTIVE", "PLANNED"] } },
    select: {
      id: true,
      title: true,
      status: true,
      currentValue: true,
      awardDate: true,
      startDate: true,
      endDate: true,
    },
  });
}

const supplierSelect = {
  id: true,
  legalName: true,
  companiesHouseNumber: true,
  isVcse: true,
  sizeDeclarations: { select: { asOf: true, isSme: true } },
};

type SupplierRow = {
  id: string;
  legalName: string;
  companiesHouseNumber: string | null;
  isVcse: boolean;
  sizeDeclarations: Array<{ asOf: Date; isSme: boolean }>;
};
const atAward = (s: SupplierRow, awardDate: Date): NoticeSupplier => ({
  id: s.id,
  legalName: s.legalName,
  companiesHouseNumber: s.companiesHouseNumber,
  isVcse: s.isVcse,
  smeAtAward: declarationAsAt(s.sizeDeclarations, awardDate)?.isSme ?? null,
});

const noticeContractInclude = {
  department: { select: { id: true, name: true, identifier: true } },
  leadPartner: { select: supplierSelect },
  members: {
    select: {
      id: true,
      role: true,
      pledgedSharePercent: true,
      joinedOn: true,
      leftOn: true,
      supplier: { select: supplierSelect },
    },
    orderBy: { joinedOn: "asc" },
  },
  kpis: {
    select: {
      id: true,
      name: true,
      measure: true,
      target: true,
      accountableSupplierId: true,
      assessments: { select: { id: true, assessedOn: true, rating: true, note: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  amendments: ledger,
  performanceFailures: {
    select: { id: true, kind: true, foundOn: true, description: true, supplierId: true },
    orderBy: { foundOn: "asc" },
  },
} satisfies Prisma.ContractInclude;

type NoticeContractRow = Prisma.ContractGetPayload<{ include: typeof noticeContractInclude }>;

function toNoticeContract(c: NoticeContractRow): NoticeContract {
  const suppliers = new Map([c.leadPartner, ...c.members.map((m) => m.supplier)].map((s) => [s.id, s]));
  return {
    ...c,
    leadPartner: atAward(c.leadPartner, c.awardDate),
    members: c.members.map((m) => ({ ...m, supplier: atAward(m.supplier, c.awardDate) })),
    changes: c.amendments.map((a) => {
      const s = a.supplierId ? suppliers.get(a.supplierId) : undefined;
      return {
        ...a,
        supplierName: s?.legalName ?? null,
        supplierCompaniesHouseNumber: s?.companiesHouseNumber ?? null,
      };
    }),
    failures: c.performanceFailures,
  };
}

/** Everything a contract's notices are generated from, or null when it is not in the where. */
export async function loadNoticeContract(db: Db, where: Prisma.ContractWhereInput): Promise<NoticeContract | null> {
  const c = await db.contract.findFirst({ where, include: noticeContractInclude });
  return c ? toNoticeContract(c) : null;
}

/** The same for many contracts at once (the seed's notice history), in the order given. */
export async function loadNoticeContracts(db: Db, ids: string[]): Promise<NoticeContract[]> {
  const rows = await db.contract.findMany({ where: { id: { in: ids } }, include: noticeContractInclude });
  const byId = new Map(rows.map((c) => [c.id, toNoticeContract(c)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export const toObligationContract = (c: NoticeContract): ObligationContract => ({ ...c, kpiCount: c.kpis.length });
