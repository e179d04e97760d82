// SQL fragments shared by the dashboard aggregates: the caller's department scope, the URL filters,
// and the spend sources (the pre-aggregates, or the raw rows when a filter needs finer grain).
// No "server-only" and no caller here: the benchmark runs exactly these statements bare.
import { Prisma } from "@prisma/client";
import type { DepartmentIds } from "@/lib/access/departments";
import { departmentSql } from "@/lib/access/sql-scope";
import { type InsightFilters, dateBounds } from "@/lib/insight/schema";

export type SqlScope = { departments: DepartmentIds; filters: InsightFilters };

const TRUE = Prisma.sql`true`;
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : TRUE);

/** Department scope ANDed with the optional department filter, on the given column. */
export function departmentWhere(column: string, { departments, filters }: SqlScope): Prisma.Sql {
  const parts = [departmentSql(departments, column)];
  if (filters.department) parts.push(Prisma.sql`${Prisma.raw(column)} = ${filters.department}`);
  return and(parts);
}

/** Framework, lot and capability (with its sub-capabilities) on a row with lotId / capabilityId columns. */
export function dimensionWhere(alias: string, f: InsightFilters): Prisma.Sql {
  const a = (c: string) => Prisma.raw(`${alias}."${c}"`);
  const parts: Prisma.Sql[] = [];
  if (f.lot) parts.push(Prisma.sql`${a("lotId")} = ${f.lot}`);
  if (f.framework) parts.push(Prisma.sql`${a("lotId")} IN (SELECT id FROM "Lot" WHERE "frameworkId" = ${f.framework})`);
  if (f.capability)
    parts.push(
      Prisma.sql`${a("capabilityId")} IN (SELECT id FROM "Capability" WHERE id = ${f.capability} OR "parentId" = ${f.capability})`,
    );
  return and(parts);
}

/** Month range on a date column (half-open, so a month's last day is included). */
export function monthWhere(column: string, f: InsightFilters): Prisma.Sql {
  const col = Prisma.raw(column);
  const { fromDate, toDateExclusive } = dateBounds(f);
  const parts: Prisma.Sql[] = [];
  if (fromDate) parts.push(Prisma.sql`${col} >= ${fromDate}::date`);
  if (toDateExclusive) parts.push(Prisma.sql`${col} < ${toDateExclusive}::date`);
  return and(parts);
}

// Raw spend rows shaped like the pre-aggregates; SME as at the payment date, as in refresh.ts.
const rawSpend = (where: Prisma.Sql) => Prisma.sql`(
  SELECT s."departmentId", s."contractId", s."payeeSupplierId", s.kind, s."paidOn",
         date_trunc('month', s."paidOn")::date AS month, c."lotId", c."capabilityId", c."routeToMarket", s.amount,
         CASE WHEN COALESCE(d."isSme", false) THEN s.amount ELSE 0 END AS "smeAmount",
         CASE WHEN COALESCE(d."isSme" AND d."verifiedAt" IS NULL, false) THEN s.amount ELSE 0 END AS "unverifiedSmeAmount"
    FROM "SpendTransaction" s LEFT JOIN "Contract" c ON c.id = s."contractId"
    LEFT JOIN LATERAL (SELECT sd."isSme", sd."verifiedAt" FROM "SizeDeclaration" sd WHERE sd."supplierId" = s."payeeSupplierId"
                        AND sd."asOf" <= s."paidOn" ORDER BY sd."asOf" DESC LIMIT 1) d ON true
   WHERE ${where})`;

/**
 * Monthly spend (departmentId, month, kind, lotId, capabilityId, routeToMarket, amount, smeAmount), already
 * limited to the scope and filters. The pre-aggregate has no supplier grain, so a supplier filter reads
 * that supplier's raw rows (few, through the payee index) instead.
 */
export function monthlySpend({ departments, filters }: SqlScope): Prisma.Sql {
  const scope = { departments, filters };
  if (filters.supplier) {
    const where = and([
      Prisma.sql`s."payeeSupplierId" = ${filters.supplier}`,
      departmentWhere(`s."departmentId"`, scope),
      monthWhere(`s."paidOn"`, filters),
    ]);
    return Prisma.sql`(SELECT * FROM ${rawSpend(where)} r WHERE ${dimensionWhere("r", filters)})`;
  }
  // Without a capability filter the coarser roll-up (no capability column, a fifth of the rows) answers.
  const rollUp = Prisma.raw(filters.capability ? `"SpendMonthly"` : `"SpendMonthlyLot"`);
  return Prisma.sql`(SELECT * FROM ${rollUp} m WHERE ${departmentWhere(`m."departmentId"`, scope)}
    AND ${monthWhere(`m.month`, filters)} AND ${dimensionWhere("m", filters)})`;
}

/**
 * Spend per payee (departmentId, payeeSupplierId, kind, lotId, capabilityId, amount), possibly several rows
 * per payee: all-time from the per-contract roll-up; over a date range from the monthly one, which holds
 * direct spend only (what its readers, supplier rankings and concentration, sum).
 */
export function payeeSpend({ departments, filters }: SqlScope): Prisma.Sql {
  const scope = { departments, filters };
  const supplier = filters.supplier ? Prisma.sql`"payeeSupplierId" = ${filters.supplier}` : TRUE;
  // A date range needs the month: the monthly payee roll-up (direct spend only), as a one-year view reads it.
  if (filters.from || filters.to) return payeeSpendByYear(scope);
  return Prisma.sql`(SELECT p."departmentId", p."payeeSupplierId", p.kind, p."lotId", p."capabilityId", p.amount FROM "SpendContractPayee" p
    WHERE ${departmentWhere(`p."departmentId"`, scope)} AND ${dimensionWhere("p", filters)} AND ${supplier})`;
}

/**
 * The ids of the contracts a supplier leads or is (or was) a partnership member of, built from the two indexes:
 * an OR of the two conditions is answered by reading every contract in scope (1.3 s at 300,000 contracts).
 */
export const contractsOfSupplier = (supplierId: string) => Prisma.sql`(
  SELECT o.id FROM "Contract" o WHERE o."leadPartnerId" = ${supplierId}
  UNION ALL SELECT pm."contractId" FROM "PartnershipMember" pm WHERE pm."supplierId" = ${supplierId})`;

/** Contracts in scope matching the framework / lot / capability filters and (as lead or member) the supplier. */
export function contractWhere(alias: string, scope: SqlScope): Prisma.Sql {
  const f = scope.filters;
  const parts = [departmentWhere(`${alias}."departmentId"`, scope), dimensionWhere(alias, f)];
  if (f.supplier) {
    const a = Prisma.raw(alias);
    parts.push(Prisma.sql`${a}.id IN ${contractsOfSupplier(f.supplier)}`);
  }
  return and(parts);
}

/** The financial year (April-March) a month is in, by the year it ends in. */
export const yearEndingOf = (month: Prisma.Sql) =>
  Prisma.sql`(EXTRACT(YEAR FROM ${month})::int + CASE WHEN EXTRACT(MONTH FROM ${month}) >= 4 THEN 1 ELSE 0 END)`;

/** Direct spend per payee and financial year ("yearEnding"), from the monthly roll-up: what a one-year view reads. */
export function payeeSpendByYear({ departments, filters }: SqlScope): Prisma.Sql {
  const scope = { departments, filters };
  const supplier = filters.supplier ? Prisma.sql`"payeeSupplierId" = ${filters.supplier}` : TRUE;
  return Prisma.sql`(SELECT m."departmentId", m."payeeSupplierId", 'DIRECT'::"SpendKind" AS kind, m."lotId", m."capabilityId", m.amount,
      ${yearEndingOf(Prisma.sql`m.month`)} AS "yearEnding"
      FROM "SpendPayeeMonthly" m WHERE ${departmentWhere(`m."departmentId"`, scope)} AND ${dimensionWhere("m", filters)}
       AND ${monthWhere("m.month", filters)} AND ${supplier})`;
}

/** A stored per-scope answer: a department id or "*" (every department), over all time (null) or one financial year. */
export type StoredAnswer = { scope: string; yearEnding: number | null };

/**
 * The stored answer (SpendConcentration, SpendSupplierTotal) that serves this view, if one does: no filter
 * but the department, over one department or all of them ("*"), over all time or exactly one financial year
 * (April to March). Finer views, and other date ranges, are computed live.
 */
export function storedAnswer({ departments, filters: f }: SqlScope): StoredAnswer | null {
  if (filtersContracts(f)) return null;
  const yearEnding = oneFinancialYear(f);
  if (yearEnding === undefined) return null;
  let scope: string | null;
  if (departments === "ALL") scope = f.department ?? "*";
  else if (f.department) scope = departments.includes(f.department) ? f.department : null;
  else scope = departments.length === 1 ? departments[0]! : null;
  return scope === null ? null : { scope, yearEnding };
}

/** The months of the financial year ending in March of the year given, as the URL's date filters. */
export const financialYear = (yearEnding: number) => ({ from: `${yearEnding - 1}-04`, to: `${yearEnding}-03` });

/** null for no date range, the year a range of exactly one financial year ends in, else undefined. */
function oneFinancialYear(f: InsightFilters): number | null | undefined {
  if (!f.from && !f.to) return null;
  const ends = Number(f.to?.slice(0, 4));
  const year = financialYear(ends);
  return f.from === year.from && f.to === year.to ? ends : undefined;
}

/** The stored rows of that answer, on a table with scope and "yearEnding" columns. */
export const storedAnswerWhere = (alias: string, { scope, yearEnding }: StoredAnswer) => {
  const a = Prisma.raw(alias);
  return yearEnding === null
    ? Prisma.sql`${a}.scope = ${scope} AND ${a}."yearEnding" IS NULL`
    : Prisma.sql`${a}.scope = ${scope} AND ${a}."yearEnding" = ${yearEnding}`;
};

/** True when a filter narrows by something only the contract row knows (framework, lot, capability, supplier). */
export function filtersContracts(f: InsightFilters): boolean {
  return Boolean(f.framework || f.lot || f.capability || f.supplier);
}
