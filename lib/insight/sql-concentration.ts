// Supplier concentration (top-5 share and HHI of direct spend) within each market, as SQL: live from the
// roll-ups, or the stored answer (lib/insight/refresh-concentration.ts) when one serves the view.
import { Prisma } from "@prisma/client";
import { type SqlScope, payeeSpend, payeeSpendByYear, storedAnswer, storedAnswerWhere } from "@/lib/insight/sql-scope";

export type ConcentrationRow = {
  marketId: string | null;
  marketName: string | null;
  total: Prisma.Decimal;
  top5: Prisma.Decimal;
  hhi: Prisma.Decimal;
  suppliers: bigint;
};

export type ConcentrationMarket = "capability" | "department";

const marketName = (market: ConcentrationMarket, id: Prisma.Sql) =>
  market === "capability"
    ? Prisma.sql`(SELECT name FROM "Capability" WHERE id = ${id})`
    : Prisma.sql`(SELECT name FROM "Department" WHERE id = ${id})`;

/**
 * Top-5 share and HHI of direct spend by supplier within each market: a capability (grouped by its
 * top-level capability) or a department, computed from the spend roll-ups. Same definition as
 * concentration() in shares.ts. perYear: one answer per financial year ("yearEnding") the view's months
 * fall in (what the stored answers hold); else "yearEnding" is null, over the view's date range.
 */
export const liveConcentrationSql = (s: SqlScope, market: ConcentrationMarket, perYear = false) => {
  const key = market === "capability" ? Prisma.sql`COALESCE(cap."parentId", cap.id)` : Prisma.sql`p."departmentId"`;
  const source = perYear ? payeeSpendByYear(s) : payeeSpend(s);
  const year = perYear ? Prisma.sql`p."yearEnding"` : Prisma.sql`NULL::int`;
  return Prisma.sql`
  WITH by_supplier AS (
    SELECT ${year} AS "yearEnding", ${key} AS market, p."payeeSupplierId", SUM(p.amount) AS amount
      FROM ${source} p LEFT JOIN "Capability" cap ON cap.id = p."capabilityId"
     WHERE p.kind = 'DIRECT' GROUP BY 1, 2, 3 HAVING SUM(p.amount) > 0
  ), ranked AS (
    SELECT "yearEnding", market, amount, SUM(amount) OVER (PARTITION BY "yearEnding", market) AS total,
           ROW_NUMBER() OVER (PARTITION BY "yearEnding", market ORDER BY amount DESC) AS rn FROM by_supplier
  )
  SELECT r."yearEnding", r.market AS "marketId", ${marketName(market, Prisma.sql`r.market`)} AS "marketName", r.total,
         SUM(r.amount) FILTER (WHERE r.rn <= 5) / r.total AS top5,
         -- HHI is an index for display, so float arithmetic is fine here (money stays numeric).
         ROUND(SUM(POWER((r.amount / r.total)::float8 * 100, 2))::numeric) AS hhi, COUNT(*) AS suppliers
    FROM ranked r GROUP BY r."yearEnding", r.market, r.total ORDER BY hhi DESC, r.total DESC, r.market`;
};

/** Concentration for the view: the stored answer when one serves it (live for a year not yet stored), else live. */
export const concentrationSql = (s: SqlScope, market: ConcentrationMarket) => {
  const stored = storedAnswer(s);
  if (!stored) return liveConcentrationSql(s, market);
  const rows = Prisma.sql`"SpendConcentration" c WHERE ${storedAnswerWhere("c", stored)} AND c.market = ${market}`;
  return Prisma.sql`
  SELECT * FROM (
    SELECT c."marketId", ${marketName(market, Prisma.sql`c."marketId"`)} AS "marketName", c.total, c.top5, c.hhi, c.suppliers::bigint AS suppliers
      FROM ${rows}
    UNION ALL
    SELECT l."marketId", l."marketName", l.total, l.top5, l.hhi, l.suppliers FROM (${liveConcentrationSql(s, market)}) l
     WHERE NOT EXISTS (SELECT 1 FROM ${rows})
  ) x ORDER BY hhi DESC, total DESC, "marketId"`;
};
