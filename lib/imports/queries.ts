import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { requireCan } from "@/lib/access/caller";
import { departmentScope, inVisibleDepartments } from "@/lib/access/scope";
import type { Caller } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
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

/** The names still to match, each with a few registered suppliers whose names look alike. */
export async function listUnmatchedSuppliers(importId: string) {
  const record = await getImport(importId);
  if (!record || record.status !== "AWAITING_MATCHES") return [];
  const unmatched = await listUnmatchedNames(db, importId);
  return Promise.all(
    unmatched.map(async (name) => {
      // The suppliers the name could mean come first, then those sharing its first word, then its second.
      const words = name.supplierKey
        .split(" ")
        .filter((w) => w.length >= 3)
        .slice(0, 2);
      const candidates: { id: string; legalName: string; companiesHouseNumber: string | null }[] =
        await db.supplier.findMany({
          where: { id: { in: name.supplierIds } },
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
      return { ...name, candidates };
    }),
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
