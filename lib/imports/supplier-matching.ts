// Which registered supplier each staged name means, by the one rule of lib/suppliers/identity.ts: the
// Companies House number when the file gives one, else a remembered alias, else the one supplier with
// that normalised name. Names it cannot place (unknown, ambiguous, another number, an unverified
// self-registration) wait in the import's match queue with the reason.
import { Prisma } from "@prisma/client";
import { confirmIdentity, learnIdentifiers, type LearnedFrom } from "@/lib/suppliers/learn-identifiers";
import { resolutionSql, type MatchedBy, type QueueReason } from "@/lib/suppliers/identity";

// One candidate per distinct name and number of the file; the number is the GB-COH identifier.
const stagedCandidatesSql = (importId: string) => Prisma.sql`
  SELECT "supplierKey" || '|' || COALESCE("companiesHouseNumber", '') AS "candidateKey", "supplierKey" AS "normalisedName",
         CASE WHEN "companiesHouseNumber" IS NULL THEN '[]'::jsonb
              ELSE jsonb_build_array(jsonb_build_object('scheme', 'GB-COH', 'identifier', "companiesHouseNumber")) END AS identifiers,
         "supplierKey", "companiesHouseNumber", min("supplierName") AS "supplierName", count(*)::int AS lines, sum(amount) AS amount
    FROM "StagedSpendRow" WHERE "importId" = ${importId}
   GROUP BY "supplierKey", "companiesHouseNumber"`;

export function resolvedSuppliersSql(importId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT r."supplierKey", r."companiesHouseNumber", r."supplierName", r.lines, r.amount, r."supplierId", r.outcome, r."supplierIds"
      FROM (${resolutionSql(stagedCandidatesSql(importId))}) r`;
}

export type UnmatchedSupplier = {
  supplierKey: string;
  companiesHouseNumber: string | null;
  supplierName: string;
  lines: number;
  reason: QueueReason | "unknown";
  supplierIds: string[];
};

type Db = { $queryRaw<T>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

export async function listUnmatchedNames(db: Db, importId: string): Promise<UnmatchedSupplier[]> {
  return db.$queryRaw<UnmatchedSupplier[]>(Prisma.sql`
    SELECT r."supplierKey", r."companiesHouseNumber", r."supplierName", r.lines, r.outcome AS reason, r."supplierIds"
    FROM (${resolvedSuppliersSql(importId)}) r
    WHERE r."supplierId" IS NULL
    ORDER BY r."supplierName", r."companiesHouseNumber" NULLS FIRST`);
}

/**
 * The temporary table matchStagedSuppliers fills: one row per distinct name and number of the file,
 * with "companiesHouseKey" (the number, or '' when the file gives none) to join staged rows on.
 */
export const MATCHED_SUPPLIERS = Prisma.raw("import_supplier_match");

/**
 * Resolves the import's names once, into a temporary table dropped at the end of the transaction,
 * for the spend writer to join: evaluated in the INSERT itself, the matching ran once per line.
 * When every name is matched, what the file teaches is recorded (learnFromFile). Returns how many
 * names are still unmatched.
 */
export async function matchStagedSuppliers(
  tx: Prisma.TransactionClient,
  importId: string,
  from: Omit<LearnedFrom, "source" | "context">,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    await tx.$executeRaw`CREATE TEMP TABLE ${MATCHED_SUPPLIERS} ON COMMIT DROP AS
      SELECT r.*, COALESCE(r."companiesHouseNumber", '') AS "companiesHouseKey" FROM (${resolvedSuppliersSql(importId)}) r`;
    // The matched suppliers stay until the payments are written (a merge waits for this import); one
    // merged away since the match (its row gone once the lock is had) means matching again, on what moved.
    const [held] = await tx.$queryRaw<{ matched: number; locked: number }[]>`
      WITH locked AS (SELECT id FROM "Supplier" WHERE id IN (SELECT "supplierId" FROM ${MATCHED_SUPPLIERS}) FOR KEY SHARE)
      SELECT (SELECT count(DISTINCT "supplierId") FROM ${MATCHED_SUPPLIERS})::int AS matched, (SELECT count(*) FROM locked)::int AS locked`;
    if (held!.matched === held!.locked || attempt === 3) break;
    await tx.$executeRaw`DROP TABLE ${MATCHED_SUPPLIERS}`;
  }
  await tx.$executeRaw`ANALYZE ${MATCHED_SUPPLIERS}`;
  const [row] = await tx.$queryRaw<{ unmatched: number }[]>`
    SELECT count(*)::int AS unmatched FROM ${MATCHED_SUPPLIERS} WHERE "supplierId" IS NULL`;
  const unmatched = row?.unmatched ?? 0;
  if (unmatched === 0) await learnFromFile(tx, importId, from);
  return unmatched;
}

/**
 * A number the file gives for a name matched by alias or name is new to every supplier (else it would
 * have matched by number): the matched supplier learns it. A number matching a self-registered supplier's
 * own confirms who it is.
 */
async function learnFromFile(
  tx: Prisma.TransactionClient,
  importId: string,
  from: Omit<LearnedFrom, "source" | "context">,
) {
  const rows = await tx.$queryRaw<
    { supplierId: string; companiesHouseNumber: string; supplierName: string; outcome: MatchedBy }[]
  >`
    SELECT m."supplierId", m."companiesHouseNumber", m."supplierName", m.outcome
      FROM ${MATCHED_SUPPLIERS} m
     WHERE m."companiesHouseNumber" IS NOT NULL AND (m.outcome IN ('alias', 'name') OR (m.outcome = 'identifier' AND EXISTS (
       SELECT 1 FROM "Supplier" s WHERE s.id = m."supplierId" AND s."selfRegistered" AND s."identityVerifiedAt" IS NULL)))
     ORDER BY m."supplierName"`;
  for (const r of rows) {
    const identifier = { scheme: "GB-COH" as const, identifier: r.companiesHouseNumber };
    const learned = { ...from, source: "spend" as const, context: { importId, supplierName: r.supplierName } };
    if (r.outcome === "identifier") await confirmIdentity(tx, r.supplierId, identifier, learned);
    else await learnIdentifiers(tx, r.supplierId, [identifier], learned);
  }
}
