// The spend aggregates behind the dashboards, as SQL statements (run by queries.ts and, bare, by the
// benchmark). All sums happen here in Postgres; JavaScript only divides a handful of totals.
import { Prisma } from "@prisma/client";
import { TOKENISM_RATIO } from "@/lib/insight/pledged";
import { type SqlScope, contractWhere, monthlySpend, payeeSpend } from "@/lib/insight/sql-scope";

export type MonthlyRow = { month: Date; direct: Prisma.Decimal; indirect: Prisma.Decimal; directSme: Prisma.Decimal; indirectSme: Prisma.Decimal };

/** Spend and SME spend by month, direct and indirect. */
export const spendByMonthSql = (s: SqlScope) => Prisma.sql`
  SELECT month,
         COALESCE(SUM(amount) FILTER (WHERE kind = 'DIRECT'), 0) AS direct,
         COALESCE(SUM(amount) FILTER (WHERE kind = 'INDIRECT'), 0) AS indirect,
         COALESCE(SUM("smeAmount") FILTER (WHERE kind = 'DIRECT'), 0) AS "directSme",
         COALESCE(SUM("smeAmount") FILTER (WHERE kind = 'INDIRECT'), 0) AS "indirectSme"
    FROM ${monthlySpend(s)} x GROUP BY month ORDER BY month`;

export type LotRow = { frameworkId: string | null; rmNumber: string | null; frameworkName: string | null; lotId: string | null; lotNumber: string | null; lotName: string | null; amount: Prisma.Decimal };

/** Direct spend by framework and lot (null: not a framework call-off). */
export const spendByLotSql = (s: SqlScope) => Prisma.sql`
  SELECT f.id AS "frameworkId", f."rmNumber", f.name AS "frameworkName", l.id AS "lotId", l.number AS "lotNumber", l.name AS "lotName", x.amount
    FROM (SELECT "lotId", SUM(amount) AS amount FROM ${monthlySpend(s)} m WHERE kind = 'DIRECT' GROUP BY "lotId") x
    LEFT JOIN "Lot" l ON l.id = x."lotId" LEFT JOIN "Framework" f ON f.id = l."frameworkId"
   ORDER BY x.amount DESC`;

export type RouteRow = { routeToMarket: string | null; amount: Prisma.Decimal };

export const spendByRouteSql = (s: SqlScope) => Prisma.sql`
  SELECT "routeToMarket", SUM(amount) AS amount FROM ${monthlySpend(s)} m WHERE kind = 'DIRECT'
   GROUP BY "routeToMarket" ORDER BY amount DESC`;

export type SupplierRow = { supplierId: string; legalName: string; amount: Prisma.Decimal; total: Prisma.Decimal; suppliers: bigint };

/** The top N suppliers by direct spend, each row also carrying the total and supplier count (for "the rest"). */
export const topSuppliersSql = (s: SqlScope, n: number) => Prisma.sql`
  WITH by_supplier AS (
    SELECT "payeeSupplierId", SUM(amount) AS amount FROM ${payeeSpend(s)} p WHERE kind = 'DIRECT' GROUP BY "payeeSupplierId"
  ), ranked AS (
    SELECT "payeeSupplierId", amount, SUM(amount) OVER () AS total, COUNT(*) OVER () AS suppliers FROM by_supplier
  )
  SELECT r."payeeSupplierId" AS "supplierId", sup."legalName", r.amount, r.total, r.suppliers
    FROM (SELECT * FROM ranked ORDER BY amount DESC, "payeeSupplierId" LIMIT ${n}) r
    JOIN "Supplier" sup ON sup.id = r."payeeSupplierId" ORDER BY r.amount DESC, r."payeeSupplierId"`;

export type SmeYearRow = { departmentId: string; departmentName: string; financialYearEnd: number; directTotal: Prisma.Decimal; directSme: Prisma.Decimal; indirectSme: Prisma.Decimal; directTarget: Prisma.Decimal | null; indirectTarget: Prisma.Decimal | null };

/** SME spend by department and financial year (April-March, named by the year it ends), with the target. */
export const smeByYearSql = (s: SqlScope) => Prisma.sql`
  WITH y AS (
    SELECT "departmentId", (EXTRACT(YEAR FROM month)::int + CASE WHEN EXTRACT(MONTH FROM month) >= 4 THEN 1 ELSE 0 END) AS fy,
           COALESCE(SUM(amount) FILTER (WHERE kind = 'DIRECT'), 0) AS "directTotal",
           COALESCE(SUM("smeAmount") FILTER (WHERE kind = 'DIRECT'), 0) AS "directSme",
           COALESCE(SUM("smeAmount") FILTER (WHERE kind = 'INDIRECT'), 0) AS "indirectSme"
      FROM ${monthlySpend(s)} m GROUP BY 1, 2
  )
  SELECT y."departmentId", d.name AS "departmentName", y.fy AS "financialYearEnd", y."directTotal", y."directSme", y."indirectSme",
         t."directPercent" AS "directTarget", t."indirectPercent" AS "indirectTarget"
    FROM y JOIN "Department" d ON d.id = y."departmentId"
    LEFT JOIN "SmeTarget" t ON t."departmentId" = y."departmentId" AND t."financialYearEnd" = y.fy
   ORDER BY d.name, y.fy`;

export type ConcentrationRow = { marketId: string | null; marketName: string | null; total: Prisma.Decimal; top5: Prisma.Decimal; hhi: Prisma.Decimal; suppliers: bigint };

/**
 * Top-5 share and HHI of direct spend by supplier within each market: a capability (grouped by its
 * top-level capability) or a department. Same definition as concentration() in shares.ts.
 */
export const concentrationSql = (s: SqlScope, market: "capability" | "department") => {
  const key =
    market === "capability"
      ? Prisma.sql`COALESCE(cap."parentId", cap.id)`
      : Prisma.sql`p."departmentId"`;
  const name =
    market === "capability"
      ? Prisma.sql`(SELECT name FROM "Capability" WHERE id = r.market)`
      : Prisma.sql`(SELECT name FROM "Department" WHERE id = r.market)`;
  return Prisma.sql`
  WITH by_supplier AS (
    SELECT ${key} AS market, p."payeeSupplierId", SUM(p.amount) AS amount
      FROM ${payeeSpend(s)} p LEFT JOIN "Capability" cap ON cap.id = p."capabilityId"
     WHERE p.kind = 'DIRECT' GROUP BY 1, 2 HAVING SUM(p.amount) > 0
  ), ranked AS (
    SELECT market, amount, SUM(amount) OVER (PARTITION BY market) AS total,
           ROW_NUMBER() OVER (PARTITION BY market ORDER BY amount DESC) AS rn FROM by_supplier
  )
  SELECT r.market AS "marketId", ${name} AS "marketName", r.total,
         SUM(r.amount) FILTER (WHERE r.rn <= 5) / r.total AS top5,
         -- HHI is an index for display, so float arithmetic is fine here (money stays numeric).
         ROUND(SUM(POWER((r.amount / r.total)::float8 * 100, 2))::numeric) AS hhi, COUNT(*) AS suppliers
    FROM ranked r GROUP BY r.market, r.total ORDER BY hhi DESC, r.total DESC`;
};

export type PartnershipMemberRow = {
  contractId: string; title: string; reference: string | null; departmentName: string; leadPartnerName: string;
  supplierId: string; legalName: string; isSme: boolean; pledgedSharePercent: Prisma.Decimal; received: Prisma.Decimal; contractSpend: Prisma.Decimal;
  tokenism: boolean; shortfall: Prisma.Decimal; partnerships: bigint; tokenismPartnerships: bigint;
};

/**
 * Each SME member's pledge against what reached it (direct + indirect) as a share of the contract's
 * direct spend. SME as at the contract's award. Partnerships with tokenism first, then by shortfall;
 * every row carries the counts over all partnerships in scope.
 */
export const pledgedVsDeliveredSql = (s: SqlScope, limit: number) => Prisma.sql`
  WITH members AS (
    SELECT c.id AS "contractId", c.title, c.reference, c."departmentId", c."leadPartnerId", pm."supplierId", pm."pledgedSharePercent"
      FROM "PartnershipMember" pm JOIN "Contract" c ON c.id = pm."contractId"
     WHERE ${contractWhere("c", s)}
       AND COALESCE((SELECT sd."isSme" FROM "SizeDeclaration" sd WHERE sd."supplierId" = pm."supplierId" AND sd."asOf" <= c."awardDate"
                     ORDER BY sd."asOf" DESC LIMIT 1), false)
  ), received AS (
    SELECT p."contractId", p."payeeSupplierId", SUM(p.amount) AS amount FROM "SpendContractPayee" p
     WHERE p."contractId" IN (SELECT "contractId" FROM members) GROUP BY 1, 2
  ), contract_spend AS (
    SELECT p."contractId", SUM(p.amount) AS amount FROM "SpendContractPayee" p
     WHERE p.kind = 'DIRECT' AND p."contractId" IN (SELECT "contractId" FROM members) GROUP BY 1
  ), judged AS (
    SELECT m.*, COALESCE(r.amount, 0) AS received, COALESCE(cs.amount, 0) AS "contractSpend"
      FROM members m
      LEFT JOIN received r ON r."contractId" = m."contractId" AND r."payeeSupplierId" = m."supplierId"
      LEFT JOIN contract_spend cs ON cs."contractId" = m."contractId"
  ), flagged AS (
    SELECT j.*, (j."pledgedSharePercent" > 0 AND j.received * 100 < j."pledgedSharePercent" * ${TOKENISM_RATIO.toString()}::numeric * j."contractSpend") AS tokenism,
           j."pledgedSharePercent" - CASE WHEN j."contractSpend" > 0 THEN j.received * 100 / j."contractSpend" ELSE 0 END AS shortfall
      FROM judged j
  ), ranked AS (
    SELECT f.*, BOOL_OR(tokenism) OVER (PARTITION BY "contractId") AS "anyTokenism", MAX(shortfall) OVER (PARTITION BY "contractId") AS "worstShortfall" FROM flagged f
  )
  SELECT r."contractId", r.title, r.reference, d.name AS "departmentName", lead."legalName" AS "leadPartnerName", r."supplierId", sup."legalName",
         true AS "isSme", r."pledgedSharePercent", r.received, r."contractSpend", r.tokenism, r.shortfall,
         (SELECT COUNT(DISTINCT "contractId") FROM flagged) AS partnerships,
         (SELECT COUNT(DISTINCT "contractId") FROM flagged WHERE tokenism) AS "tokenismPartnerships"
    FROM (SELECT * FROM ranked ORDER BY "anyTokenism" DESC, "worstShortfall" DESC, "contractId", shortfall DESC LIMIT ${limit}) r
    JOIN "Department" d ON d.id = r."departmentId" JOIN "Supplier" lead ON lead.id = r."leadPartnerId" JOIN "Supplier" sup ON sup.id = r."supplierId"
   ORDER BY r."anyTokenism" DESC, r."worstShortfall" DESC, r."contractId", r.shortfall DESC`;
