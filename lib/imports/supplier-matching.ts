// Which registered supplier each staged name means: the Companies House number when the file gives
// one and a supplier has it, else a remembered alias, else the one supplier with that normalised
// name (two suppliers with the same normalised name are ambiguous: the person chooses).
import { Prisma } from "@prisma/client";

export function resolvedSuppliersSql(importId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT k."supplierKey", k."companiesHouseNumber", k."supplierName", k.lines, COALESCE(
      (SELECT s.id FROM "Supplier" s WHERE s."companiesHouseNumber" = k."companiesHouseNumber"),
      (SELECT a."supplierId" FROM "SupplierAlias" a WHERE a."normalisedName" = k."supplierKey"),
      (SELECT min(s.id) FROM "Supplier" s WHERE s."normalisedName" = k."supplierKey" HAVING count(*) = 1)
    ) AS "supplierId"
    FROM (
      SELECT "supplierKey", "companiesHouseNumber", min("supplierName") AS "supplierName", count(*)::int AS lines
      FROM "StagedSpendRow" WHERE "importId" = ${importId}
      GROUP BY "supplierKey", "companiesHouseNumber"
    ) k`;
}

export type UnmatchedSupplier = { supplierKey: string; companiesHouseNumber: string | null; supplierName: string; lines: number };

type Db = { $queryRaw<T>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

export async function listUnmatchedNames(db: Db, importId: string): Promise<UnmatchedSupplier[]> {
  return db.$queryRaw<UnmatchedSupplier[]>(Prisma.sql`
    SELECT r."supplierKey", r."companiesHouseNumber", r."supplierName", r.lines
    FROM (${resolvedSuppliersSql(importId)}) r
    WHERE r."supplierId" IS NULL
    ORDER BY r."supplierName"`);
}
