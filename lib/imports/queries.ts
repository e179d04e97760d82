import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { requireCan } from "@/lib/access/caller";
import { departmentScope, inVisibleDepartments } from "@/lib/access/scope";
import type { Caller } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
import { matchQueueOf } from "@/lib/ocds/match-queue";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { listUnmatchedNames } from "./supplier-matching";
import type { ImportListParams } from "./schema";

// Imports belong to a department: a commercial lead sees their own department's, an administrator all.
export function importScope(caller: Caller): Prisma.ImportWhereInput {
  return inVisibleDepartments(caller);
}

export async function listImports(params: ImportListParams) {
  const caller = await requireCan("importSpend");
  const where = importScope(caller);
  const [rows, total] = await Promise.all([
    db.import.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: skipFor(params.page),
      take: PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        fileName: true,
        status: true,
        rowsRead: true,
        rowsWritten: true,
        duplicatesSkipped: true,
        unmatchedSuppliers: true,
        totalAmount: true,
        createdAt: true,
        department: { select: { name: true } },
      },
    }),
    db.import.count({ where }),
  ]);
  return pageOf(rows, total, params.page);
}

export const getImport = cache(async (id: string) => {
  const caller = await requireCan("importSpend");
  return db.import.findFirst({
    where: { AND: [{ id }, importScope(caller)] },
    include: { department: { select: { id: true, name: true } } },
  });
});

type Candidate = { id: string; legalName: string; companiesHouseNumber: string | null };

/** The suppliers a name could mean come first, then those sharing its first word, then its second. */
async function candidatesFor(normalisedName: string, supplierIds: string[]): Promise<Candidate[]> {
  const words = normalisedName
    .split(" ")
    .filter((w) => w.length >= 3)
    .slice(0, 2);
  const candidates: Candidate[] = await db.supplier.findMany({
    where: { id: { in: supplierIds } },
    orderBy: { legalName: "asc" },
    select: { id: true, legalName: true, companiesHouseNumber: true },
  });
  for (const word of words) {
    if (candidates.length >= 10) break;
    const found = await db.supplier.findMany({
      where: { normalisedName: { contains: word }, id: { notIn: candidates.map((c) => c.id) } },
      orderBy: { legalName: "asc" },
      take: 10 - candidates.length,
      select: { id: true, legalName: true, companiesHouseNumber: true },
    });
    candidates.push(...found);
  }
  return candidates;
}

/** The names still to match, each with a few registered suppliers whose names look alike. */
export async function listUnmatchedSuppliers(importId: string) {
  const record = await getImport(importId);
  if (!record || record.status !== "AWAITING_MATCHES") return [];
  const unmatched = await listUnmatchedNames(db, importId);
  return Promise.all(
    unmatched.map(async (name) => ({ ...name, candidates: await candidatesFor(name.supplierKey, name.supplierIds) })),
  );
}

/** The parties an OCDS package waits on (lib/ocds/match-queue.ts), not yet answered, with candidates. */
export async function listOcdsMatchQueue(importId: string) {
  const record = await getImport(importId);
  if (!record || record.kind !== "OCDS" || record.status !== "AWAITING_MATCHES") return [];
  const waiting = matchQueueOf(record.summary).filter((p) => !p.decision);
  return Promise.all(
    waiting.map(async (party) => ({
      ...party,
      candidates: await candidatesFor(normaliseSupplierName(party.name), party.supplierIds),
    })),
  );
}

/** Departments an upload may be for: the lead's own, or any for an administrator. */
export async function listImportDepartments() {
  const caller = await requireCan("importSpend");
  return db.department.findMany({
    where: departmentScope(caller),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** For the error report route: the import's problems, when it is in the caller's scope. */
export async function getImportProblems(id: string) {
  const caller = await requireCan("importSpend");
  return db.import.findFirst({
    where: { AND: [{ id }, importScope(caller)] },
    select: { fileName: true, errors: true },
  });
}
