// Which registered supplier an organisation named in published data (an OCDS party, a spend-file line)
// is. One rule for every importer, in SQL so that a file's thousands of names resolve in one query:
//   1. any of its identifiers held by a supplier: that supplier (two suppliers: the person chooses);
//   2. else a remembered alias of its normalised name (a person's earlier choice);
//   3. else the one supplier with that normalised name,
// and never a guess: a name whose supplier holds another identifier of the same scheme, a name two
// suppliers share, or a name-only match to a self-registered supplier nobody has verified goes to the
// match queue. What is matched teaches the supplier its new identifiers (learn-identifiers.ts).
import { Prisma } from "@prisma/client";
import { normaliseSupplierName } from "./normalise-name";
import type { QueueReason } from "./queue-reasons";
import { usableIdentifiers, type NormalisedIdentifier, type SupplierIdentifierInput } from "./identifiers";

export type { QueueReason } from "./queue-reasons";
export { QUEUE_REASON_TEXT } from "./queue-reasons";

export type MatchedBy = "identifier" | "alias" | "name";

export type Resolution =
  | { kind: "matched"; supplierId: string; by: MatchedBy }
  | { kind: "queue"; reason: QueueReason; supplierIds: string[] }
  | { kind: "none" };

/**
 * Resolves the organisations of `candidates`, a query giving "candidateKey" (unique), "normalisedName"
 * and "identifiers" (a jsonb array of normalised { scheme, identifier }). One row per candidate, its
 * own columns and: "supplierId" (null unless matched), "outcome" (a MatchedBy, a QueueReason or 'unknown') and
 * "supplierIds" (the suppliers it could mean, for the queue).
 */
export function resolutionSql(candidates: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH c AS (${candidates}),
    ci AS (
      SELECT c."candidateKey", x.scheme, x.identifier
        FROM c CROSS JOIN LATERAL jsonb_to_recordset(c.identifiers) AS x(scheme text, identifier text)
    ),
    by_identifier AS (
      SELECT ci."candidateKey", array_agg(DISTINCT i."supplierId") AS ids
        FROM ci JOIN "SupplierIdentifier" i ON i.scheme = ci.scheme AND i.identifier = ci.identifier
       GROUP BY 1
    ),
    by_name AS (
      SELECT c."candidateKey", array_agg(s.id ORDER BY s.id) AS ids,
             bool_or(s."selfRegistered" AND s."identityVerifiedAt" IS NULL) AS unverified
        FROM c JOIN "Supplier" s ON s."normalisedName" = c."normalisedName"
       GROUP BY 1
    ),
    named AS (
      SELECT c."candidateKey", a."supplierId" AS "aliasId", n.ids AS "nameIds", COALESCE(n.unverified, false) AS unverified,
             COALESCE(a."supplierId", CASE WHEN cardinality(n.ids) = 1 THEN n.ids[1] END) AS "namedId"
        FROM c
        LEFT JOIN "SupplierAlias" a ON a."normalisedName" = c."normalisedName"
        LEFT JOIN by_name n ON n."candidateKey" = c."candidateKey"
    ),
    differs AS (
      SELECT DISTINCT ci."candidateKey"
        FROM ci
        JOIN named n ON n."candidateKey" = ci."candidateKey"
        JOIN "SupplierIdentifier" i ON i."supplierId" = n."namedId" AND i.scheme = ci.scheme AND i.identifier <> ci.identifier
    ),
    outcomes AS (
      SELECT c."candidateKey", b.ids AS "identifierIds", n."aliasId", n."nameIds", n."namedId",
             CASE
               WHEN cardinality(b.ids) = 1 THEN 'identifier'
               WHEN cardinality(b.ids) > 1 THEN 'identifiers-disagree'
               WHEN d."candidateKey" IS NOT NULL THEN 'identifier-differs'
               WHEN n."aliasId" IS NOT NULL THEN 'alias'
               WHEN cardinality(n."nameIds") > 1 THEN 'several-with-name'
               WHEN cardinality(n."nameIds") = 1 AND n.unverified THEN 'unverified-self-registered'
               WHEN cardinality(n."nameIds") = 1 THEN 'name'
               ELSE 'unknown'
             END AS outcome
        FROM c
        LEFT JOIN by_identifier b ON b."candidateKey" = c."candidateKey"
        LEFT JOIN named n ON n."candidateKey" = c."candidateKey"
        LEFT JOIN differs d ON d."candidateKey" = c."candidateKey"
    )
    SELECT c.*, o.outcome,
           CASE o.outcome WHEN 'identifier' THEN o."identifierIds"[1] WHEN 'alias' THEN o."aliasId" WHEN 'name' THEN o."namedId" END AS "supplierId",
           COALESCE(o."identifierIds", CASE WHEN o."aliasId" IS NOT NULL THEN ARRAY[o."aliasId"] END, o."nameIds", '{}'::text[]) AS "supplierIds"
      FROM outcomes o JOIN c ON c."candidateKey" = o."candidateKey"`;
}

export type ResolutionRow = {
  candidateKey: string;
  outcome: MatchedBy | QueueReason | "unknown";
  supplierId: string | null;
  supplierIds: string[];
};

export function resolutionOf(row: Pick<ResolutionRow, "outcome" | "supplierId" | "supplierIds">): Resolution {
  if (row.outcome === "unknown") return { kind: "none" };
  if (row.outcome === "identifier" || row.outcome === "alias" || row.outcome === "name")
    return { kind: "matched", supplierId: row.supplierId!, by: row.outcome };
  return { kind: "queue", reason: row.outcome, supplierIds: row.supplierIds };
}

export type Organisation = { name: string; identifiers: readonly SupplierIdentifierInput[] };

type Db = { $queryRaw<T>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

/** One organisation (an OCDS party): matched, to the queue, or unknown; with its usable identifiers. */
export async function resolveSupplier(
  db: Db,
  organisation: Organisation,
): Promise<Resolution & { identifiers: NormalisedIdentifier[] }> {
  const identifiers = usableIdentifiers(organisation.identifiers);
  const [row] = await db.$queryRaw<ResolutionRow[]>(
    resolutionSql(Prisma.sql`
    SELECT '1'::text AS "candidateKey", ${normaliseSupplierName(organisation.name)}::text AS "normalisedName",
           ${JSON.stringify(identifiers)}::jsonb AS identifiers`),
  );
  return { ...resolutionOf(row!), identifiers };
}
