// Which registered supplier each staged name means: the Companies House number when the file gives
// one and a supplier has it, else a remembered alias, else the one supplier with that normalised
// name (two suppliers with the same normalised name are ambiguous: the person chooses).
import { Prisma } from "@prisma/client";

export function resolvedSuppliersSql(importId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT k."supplierKey", k."companiesHouseNumber", k."supplierName", k.lines, k.amount, COALESCE(
      (SELECT s.id FROM "Supplier" s WHERE s."companiesHouseNumber" = k."companiesHouseNumber"),
      (SELECT a."supplierId" FROM "SupplierAlias" a WHERE a."normalisedName" = k."supplierKey"),
      (SELECT min(s.id) FROM "Supplier" s WHERE s."normalisedName" = k."supplierKey" HAVING count(*) = 1)
    ) AS "supplierId"
    FROM (
      SELECT "supplierKey", "companiesHouseNumber", min("supplierName") AS "supplierName", count(*)::int AS lines,
        sum(amount) AS amount
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

/**
 * The temporary table matchStagedSuppliers fills: one row per distinct name and number of the file,
 * with "companiesHouseKey" (the number, or '' when the file gives none) to join staged rows on.
 */
export const MATCHED_SUPPLIERS = Prisma.raw("import_supplier_match");

/**
 * Resolves the import's names once, into a temporary table dropped at the end of the transaction,
 * for the spend writer to join: evaluated in the INSERT itself, the matching ran once per line.
 * Returns how many names are still unmatched.
 */
export async function matchStagedSuppliers(tx: Prisma.TransactionClient, importId: string): Promise<number> {
  await tx.$executeRaw`CREATE TEMP TABLE ${MATCHED_SUPPLIERS} ON COMMIT DROP AS
    SELECT r.*, COALESCE(r."companiesHouseNumber", '') AS "companiesHouseKey" FROM (${resolvedSuppliersSql(importId)}) r`;
  await tx.$executeRaw`ANALYZE ${MATCHED_SUPPLIERS}`;
  const [row] = await tx.$queryRaw<{ unmatched: number }[]>`
    SELECT count(*)::int AS unmatched FROM ${MATCHED_SUPPLIERS} WHERE "supplierId" IS NULL`;
  return row?.unmatched ?? 0;
}
