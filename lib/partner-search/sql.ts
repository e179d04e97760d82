import { Prisma } from "@prisma/client";
import { PAGE_SIZE, skipFor } from "@/lib/pagination";
import { SUPPLIER_CHOICE_LIMIT, type PartnerSearchParams } from "@/lib/partner-search/schema";

// Partner search as SQL: one query for the page (with each supplier's current size and counts) and one count.
// Counts are grouped once over the active contracts and current memberships, then joined: no query per row.

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A Companies House number as typed: spaces dropped, letters (SC, NI…) in capitals. */
const asCompanyNumber = (q: string) => q.replace(/\s+/g, "").toUpperCase();

/** What typed text finds, in partner search and in the supplier pickers: the name contains it, or the Companies House number starts with it. */
export function supplierMatches(q: string): Prisma.Sql {
  return Prisma.sql`(s."legalName" ILIKE ${`%${escapeLike(q)}%`} OR s."companiesHouseNumber" LIKE ${`${escapeLike(asCompanyNumber(q))}%`})`;
}

/** The filters, shared by the page and the count so they can never disagree. */
export function partnerFilters(p: PartnerSearchParams): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (p.q) where.push(supplierMatches(p.q));
  if (p.region) where.push(Prisma.sql`s."region" = ${p.region}`);
  if (p.vcse) where.push(Prisma.sql`s."isVcse"`);
  if (p.seeks === "lead") where.push(Prisma.sql`s."seeksToLead"`);
  if (p.seeks === "join") where.push(Prisma.sql`s."seeksToJoin"`);
  if (p.sme) where.push(Prisma.sql`size."isSme" = ${p.sme === "sme"}`);
  if (p.capabilityId) {
    // The capability or any capability beneath it in the taxonomy tree.
    where.push(Prisma.sql`EXISTS (
      WITH RECURSIVE tree AS (
        SELECT c."id" FROM "Capability" c WHERE c."id" = ${p.capabilityId}
        UNION ALL SELECT c."id" FROM "Capability" c JOIN tree ON c."parentId" = tree."id"
      )
      SELECT 1 FROM "SupplierCapability" sc WHERE sc."supplierId" = s."id" AND sc."capabilityId" IN (SELECT "id" FROM tree))`);
  }
  if (p.lotId) {
    // Verified and current today: a claim never makes a supplier show up under a lot.
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "LotMembership" m WHERE m."supplierId" = s."id" AND m."lotId" = ${p.lotId} AND m."status" = 'VERIFIED'
        AND m."startDate" <= CURRENT_DATE AND (m."endDate" IS NULL OR m."endDate" >= CURRENT_DATE))`);
  }
  return Prisma.join(where, " AND ");
}

/** The declaration in force today (size is a fact at a date). */
const currentSize = Prisma.sql`LEFT JOIN LATERAL (
  SELECT d."sizeClass", d."isSme" FROM "SizeDeclaration" d
  WHERE d."supplierId" = s."id" AND d."asOf" <= CURRENT_DATE ORDER BY d."asOf" DESC LIMIT 1
) size ON TRUE`;

// Active contracts led, and active contracts in whose partnership the supplier currently is.
const LED = Prisma.sql`SELECT count(*)::int FROM "Contract" c WHERE c."leadPartnerId" = s."id" AND c."status" = 'ACTIVE'`;
const JOINED = Prisma.sql`SELECT count(DISTINCT pm."contractId")::int FROM "PartnershipMember" pm JOIN "Contract" c ON c."id" = pm."contractId"
  WHERE pm."supplierId" = s."id" AND c."status" = 'ACTIVE' AND (pm."leftOn" IS NULL OR pm."leftOn" >= CURRENT_DATE)`;

const COLUMNS = Prisma.sql`s."id", s."legalName", s."companiesHouseNumber", s."region", s."isVcse", s."seeksToLead", s."seeksToJoin"`;

/** The size join is needed to filter only when SME status is asked for; otherwise only the page's rows get it. */
export const sizeForFilter = (p: PartnerSearchParams) => (p.sme ? currentSize : Prisma.empty);

export function partnerPageSql(p: PartnerSearchParams): Prisma.Sql {
  const dir = p.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const byCount = p.sort === "contracts" || p.sort === "partnerships";
  // Sorted by a name: pick the page first, then count for its 25 rows. Sorted by a count: every match needs
  // its counts, so they are grouped once over the contracts and joined.
  const page = byCount
    ? Prisma.sql`
      SELECT ${COLUMNS}, COALESCE(led.n, 0) AS "contractsLed", COALESCE(joined.n, 0) AS "partnerships"
      FROM "Supplier" s ${sizeForFilter(p)}
      LEFT JOIN (SELECT "leadPartnerId" AS id, count(*)::int AS n FROM "Contract" WHERE "status" = 'ACTIVE' GROUP BY 1) led ON led.id = s."id"
      LEFT JOIN (
        SELECT pm."supplierId" AS id, count(DISTINCT pm."contractId")::int AS n
        FROM "PartnershipMember" pm JOIN "Contract" c ON c."id" = pm."contractId"
        WHERE c."status" = 'ACTIVE' AND (pm."leftOn" IS NULL OR pm."leftOn" >= CURRENT_DATE) GROUP BY 1
      ) joined ON joined.id = s."id"
      WHERE ${partnerFilters(p)}
      ORDER BY ${p.sort === "contracts" ? Prisma.sql`COALESCE(led.n, 0) + COALESCE(joined.n, 0)` : Prisma.sql`COALESCE(joined.n, 0)`} ${dir}, s."legalName", s."id"
      LIMIT ${PAGE_SIZE} OFFSET ${skipFor(p.page)}`
    : Prisma.sql`
      SELECT ${COLUMNS}, (${LED}) AS "contractsLed", (${JOINED}) AS "partnerships"
      FROM (
        SELECT s.* FROM "Supplier" s ${sizeForFilter(p)} WHERE ${partnerFilters(p)}
        ORDER BY s.${p.sort === "region" ? Prisma.raw(`"region"`) : Prisma.raw(`"legalName"`)} ${dir}, s."legalName", s."id"
        LIMIT ${PAGE_SIZE} OFFSET ${skipFor(p.page)}
      ) s`;
  return Prisma.sql`
    SELECT page.*, page."contractsLed" + page."partnerships" AS "currentContracts", size."sizeClass"::text AS "sizeClass", size."isSme",
           COALESCE(caps.names, ARRAY[]::text[]) AS "capabilities", COALESCE(lots.names, ARRAY[]::text[]) AS "verifiedLots"
    FROM (${page}) page
    LEFT JOIN LATERAL (
      SELECT d."sizeClass", d."isSme" FROM "SizeDeclaration" d
      WHERE d."supplierId" = page."id" AND d."asOf" <= CURRENT_DATE ORDER BY d."asOf" DESC LIMIT 1
    ) size ON TRUE
    LEFT JOIN LATERAL (
      SELECT array_agg(c."name" ORDER BY c."name") AS names FROM "SupplierCapability" sc JOIN "Capability" c ON c."id" = sc."capabilityId"
      WHERE sc."supplierId" = page."id"
    ) caps ON TRUE
    LEFT JOIN LATERAL (
      -- Verified and current today, as the lot filter counts them.
      SELECT array_agg(f."name" || ' Lot ' || l."number" ORDER BY f."name", l."number") AS names
      FROM "LotMembership" m JOIN "Lot" l ON l."id" = m."lotId" JOIN "Framework" f ON f."id" = l."frameworkId"
      WHERE m."supplierId" = page."id" AND m."status" = 'VERIFIED' AND m."startDate" <= CURRENT_DATE AND (m."endDate" IS NULL OR m."endDate" >= CURRENT_DATE)
    ) lots ON TRUE
    ORDER BY ${p.sort === "contracts" ? Prisma.sql`page."contractsLed" + page."partnerships"` : p.sort === "partnerships" ? Prisma.sql`page."partnerships"` : p.sort === "region" ? Prisma.sql`page."region"` : Prisma.sql`page."legalName"`} ${dir}, page."legalName", page."id"`;
}

export function partnerCountSql(p: PartnerSearchParams): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM "Supplier" s ${sizeForFilter(p)} WHERE ${partnerFilters(p)}`;
}

export type PartnerRow = {
  id: string;
  legalName: string;
  companiesHouseNumber: string | null;
  region: string | null;
  isVcse: boolean;
  seeksToLead: boolean;
  seeksToJoin: boolean;
  sizeClass: "MICRO" | "SMALL" | "MEDIUM" | "LARGE" | null;
  isSme: boolean | null;
  currentContracts: number;
  partnerships: number;
  contractsLed: number;
  capabilities: string[];
  verifiedLots: string[];
};

/**
 * The pickers' suggestions: at most 20 matches, best first (the exact Companies House number, then names
 * starting with the text, then the rest by name), each with its SME status as declared today.
 */
export function supplierChoiceSql(q: string, lotId?: string): Prisma.Sql {
  return Prisma.sql`
    SELECT s."id", s."legalName", s."companiesHouseNumber", size."isSme" AS "sme"
    FROM (
      SELECT s."id", s."legalName", s."companiesHouseNumber",
        CASE WHEN s."companiesHouseNumber" = ${asCompanyNumber(q)} THEN 0 WHEN s."legalName" ILIKE ${`${escapeLike(q)}%`} THEN 1 ELSE 2 END AS "rank"
      FROM "Supplier" s WHERE ${supplierMatches(q)}
        ${lotId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "LotMembership" m WHERE m."supplierId" = s."id" AND m."lotId" = ${lotId} AND m."status" = 'VERIFIED')` : Prisma.empty}
      ORDER BY "rank", s."legalName", s."id"
      LIMIT ${SUPPLIER_CHOICE_LIMIT}
    ) s ${currentSize}
    ORDER BY s."rank", s."legalName", s."id"`;
}
