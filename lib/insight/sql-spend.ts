// The spend aggregates behind the dashboards, as SQL statements (run by queries.ts and, bare, by the
// benchmark). All sums happen here in Postgres; JavaScript only divides a handful of totals.
import { Prisma } from "@prisma/client";
import {
  type SqlScope,
  departmentWhere,
  dimensionWhere,
  monthlySpend,
  contractsOfSupplier,
  payeeSpend,
  storedAnswer,
  storedAnswerWhere,
  yearEndingOf,
} from "@/lib/insight/sql-scope";

export type MonthlyRow = {
  month: Date;
  direct: Prisma.Decimal;
  indirect: Prisma.Decimal;
  directSme: Prisma.Decimal;
  indirectSme: Prisma.Decimal;
  directSmeUnverified: Prisma.Decimal;
};

/** Spend and SME spend by month, direct and indirect, and the direct SME spend resting on unverified declarations. */
export const spendByMonthSql = (s: SqlScope) => Prisma.sql`
  SELECT month,
         COALESCE(SUM(amount) FILTER (WHERE kind = 'DIRECT'), 0) AS direct,
         COALESCE(SUM(amount) FILTER (WHERE kind = 'INDIRECT'), 0) AS indirect,
         COALESCE(SUM("smeAmount") FILTER (WHERE kind = 'DIRECT'), 0) AS "directSme",
         COALESCE(SUM("smeAmount") FILTER (WHERE kind = 'INDIRECT'), 0) AS "indirectSme",
         COALESCE(SUM("unverifiedSmeAmount") FILTER (WHERE kind = 'DIRECT'), 0) AS "directSmeUnverified"
    FROM ${monthlySpend(s)} x GROUP BY month ORDER BY month`;

export type LotRow = {
  frameworkId: string | null;
  rmNumber: string | null;
  frameworkName: string | null;
  lotId: string | null;
  lotNumber: string | null;
  lotName: string | null;
  amount: Prisma.Decimal;
};

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

export type SupplierRow = {
  supplierId: string;
  legalName: string;
  amount: Prisma.Decimal;
  total: Prisma.Decimal;
  suppliers: bigint;
};

/**
 * Direct spend per supplier in scope: the stored totals for the unfiltered view (all time or one financial
 * year), else from the roll-ups. A year its scope's last refresh predates is computed live until then.
 */
export const supplierTotals = (s: SqlScope) => {
  const live = Prisma.sql`(SELECT "payeeSupplierId", SUM(amount) AS amount FROM ${payeeSpend(s)} p WHERE kind = 'DIRECT' GROUP BY "payeeSupplierId")`;
  const stored = storedAnswer(s);
  if (!stored) return live;
  return Prisma.sql`(SELECT t."payeeSupplierId", t.amount FROM "SpendSupplierTotal" t WHERE ${storedAnswerWhere("t", stored)}
    UNION ALL SELECT l."payeeSupplierId", l.amount FROM ${live} l
     WHERE NOT EXISTS (SELECT 1 FROM "SpendSupplierTotal" t WHERE ${storedAnswerWhere("t", stored)}))`;
};

/** The top N suppliers by direct spend, each row also carrying the total and supplier count (for "the rest"). */
export const topSuppliersSql = (s: SqlScope, n: number) => Prisma.sql`
  WITH by_supplier AS ${supplierTotals(s)},
  totals AS (SELECT SUM(amount) AS total, COUNT(*) AS suppliers FROM by_supplier)
  SELECT r."payeeSupplierId" AS "supplierId", sup."legalName", r.amount, t.total, t.suppliers
    FROM (SELECT * FROM by_supplier ORDER BY amount DESC, "payeeSupplierId" LIMIT ${n}) r
    CROSS JOIN totals t JOIN "Supplier" sup ON sup.id = r."payeeSupplierId" ORDER BY r.amount DESC, r."payeeSupplierId"`;

export type SmeYearRow = {
  departmentId: string;
  departmentName: string;
  financialYearEnd: number;
  directTotal: Prisma.Decimal;
  directSme: Prisma.Decimal;
  indirectSme: Prisma.Decimal;
  directTarget: Prisma.Decimal | null;
  indirectTarget: Prisma.Decimal | null;
};

/** SME spend by department and financial year (April-March, named by the year it ends), with the target. */
export const smeByYearSql = (s: SqlScope) => Prisma.sql`
  WITH y AS (
    SELECT "departmentId", ${yearEndingOf(Prisma.sql`month`)} AS fy,
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

export type PartnershipMemberRow = {
  contractId: string;
  title: string;
  reference: string | null;
  departmentName: string;
  leadPartnerName: string;
  supplierId: string;
  legalName: string;
  isSme: boolean;
  pledgedSharePercent: Prisma.Decimal;
  received: Prisma.Decimal;
  contractSpend: Prisma.Decimal;
  tokenism: boolean;
  shortfall: Prisma.Decimal;
  partnerships: bigint;
  tokenismPartnerships: bigint;
  memberRows: bigint;
};

/** Stored pledged-vs-delivered rows in scope: department, framework / lot / capability, and the supplier as lead or member. */
export function deliveryWhere(s: SqlScope): Prisma.Sql {
  const parts = [departmentWhere(`r."departmentId"`, s), dimensionWhere("r", s.filters)];
  if (s.filters.supplier) {
    parts.push(Prisma.sql`r."contractId" IN ${contractsOfSupplier(s.filters.supplier)}`);
  }
  return Prisma.join(parts, " AND ");
}

/**
 * Each SME member's pledge against what reached it (direct + indirect) as a share of the contract's
 * direct spend, from the stored judgement (lib/insight/refresh-partnerships.ts): partnerships with
 * tokenism first, then by shortfall; every row carries the counts over all partnerships in scope.
 */
export const pledgedVsDeliveredSql = (s: SqlScope, limit: number, offset = 0) => Prisma.sql`
  SELECT r."contractId", c.title, c.reference, d.name AS "departmentName", lead."legalName" AS "leadPartnerName", r."supplierId", sup."legalName",
         true AS "isSme", r."pledgedSharePercent", r.received, r."contractSpend", r.tokenism, r.shortfall, t.partnerships, t."tokenismPartnerships",
         t."memberRows"
    FROM (SELECT * FROM "PartnershipDelivery" r WHERE ${deliveryWhere(s)}
           ORDER BY r."anyTokenism" DESC, r."worstShortfall" DESC, r."contractId", r.shortfall DESC, r."supplierId" LIMIT ${limit} OFFSET ${offset}) r
    CROSS JOIN (SELECT COUNT(*) FILTER (WHERE r."firstMember") AS partnerships, COUNT(*) FILTER (WHERE r."firstMember" AND r."anyTokenism") AS "tokenismPartnerships",
                       COUNT(*) AS "memberRows"
                  FROM "PartnershipDelivery" r WHERE ${deliveryWhere(s)}) t
    JOIN "Contract" c ON c.id = r."contractId" JOIN "Department" d ON d.id = r."departmentId"
    JOIN "Supplier" lead ON lead.id = r."leadPartnerId" JOIN "Supplier" sup ON sup.id = r."supplierId"
   ORDER BY r."anyTokenism" DESC, r."worstShortfall" DESC, r."contractId", r.shortfall DESC, r."supplierId"`;
