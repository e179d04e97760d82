// Re-filing one contract's payments in the spend roll-ups after it moved to another lot, capability or
// route, instead of rebuilding its department: the monthly roll-ups have no contract grain, so the
// contract's payments are taken out of the keys they were filed under and put into the keys of its terms
// now, and each key touched is stored again as one row. Runs under the insight lock, in the caller's
// transaction; what the nightly roll-up check compares stays equal to a rebuild.
import { Prisma } from "@prisma/client";
import { spendGroupsSql } from "@/lib/insight/refresh";
import type { InsightClient } from "@/lib/insight/refresh-lock";

type Terms = { lotId: string | null; capabilityId: string | null; routeToMarket: string | null };

/** The terms the contract's payments are filed under, when they are not its terms now. */
export type FiledTerms = Terms & { now: Terms };

/**
 * Under which terms the roll-ups hold the contract's payments: its terms now ("as-it-is"), other ones
 * (re-file them), or "mixed" (several sets, or payments not rolled up: rebuild the department).
 */
export async function filedUnder(
  client: InsightClient,
  contractId: string,
): Promise<"as-it-is" | "mixed" | FiledTerms> {
  const filed = await client.$queryRaw<Terms[]>`
    SELECT DISTINCT "lotId", "capabilityId", "routeToMarket"::text FROM "SpendContractPayee" WHERE "contractId" = ${contractId}`;
  const [now] = await client.$queryRaw<(Terms & { paid: boolean })[]>`
    SELECT "lotId", "capabilityId", "routeToMarket"::text,
           EXISTS (SELECT 1 FROM "SpendTransaction" s WHERE s."contractId" = c.id) AS paid
      FROM "Contract" c WHERE id = ${contractId}`;
  if (!now) return "as-it-is";
  if (filed.length === 0) return now.paid ? "mixed" : "as-it-is";
  if (filed.length > 1) return "mixed";
  const was = filed[0]!;
  const same =
    was.lotId === now.lotId && was.capabilityId === now.capabilityId && was.routeToMarket === now.routeToMarket;
  return same
    ? "as-it-is"
    : { ...was, now: { lotId: now.lotId, capabilityId: now.capabilityId, routeToMarket: now.routeToMarket } };
}

type RollUp = { table: string; keys: string[]; sums: string[]; where?: string };

// The monthly roll-ups (no contract grain) and how each sum is read from the contract's spend groups.
const MONTHLY: RollUp[] = [
  {
    table: "SpendMonthly",
    keys: ["departmentId", "month", "kind", "lotId", "capabilityId", "routeToMarket"],
    sums: ["amount", "smeAmount", "unverifiedSmeAmount", "transactions"],
  },
  {
    table: "SpendMonthlyLot",
    keys: ["departmentId", "month", "kind", "lotId", "routeToMarket"],
    sums: ["amount", "smeAmount", "unverifiedSmeAmount", "transactions"],
  },
  {
    table: "SpendPayeeMonthly",
    keys: ["departmentId", "month", "payeeSupplierId", "lotId", "capabilityId"],
    sums: ["amount"],
    where: `kind = 'DIRECT'`,
  },
];
const FROM_GROUPS: Record<string, string> = {
  amount: "amount",
  smeAmount: `CASE WHEN "isSme" THEN amount ELSE 0 END`,
  unverifiedSmeAmount: `CASE WHEN "smeUnverified" THEN amount ELSE 0 END`,
  transactions: "transactions",
};
const q = (c: string) => `"${c}"`;
// Keys that are never null are matched with `=`, which the roll-ups' indexes serve; IS NOT DISTINCT FROM
// (for the nullable lot, capability and route) is not an index condition, and alone it scanned the table.
const NEVER_NULL = new Set(["departmentId", "month", "kind", "payeeSupplierId"]);
const sameKey = (k: string) =>
  NEVER_NULL.has(k) ? `m.${q(k)} = d.${q(k)}` : `m.${q(k)} IS NOT DISTINCT FROM d.${q(k)}`;

/** Moves the contract's payments from the keys of the terms they were filed under to those of its terms now. */
export async function refileContractSpend(
  t: Prisma.TransactionClient,
  contractId: string,
  was: FiledTerms,
): Promise<void> {
  await t.$executeRaw`CREATE TEMP TABLE contract_spend ON COMMIT DROP AS ${spendGroupsSql(Prisma.sql`s."contractId" = ${contractId}`)}`;
  const old: Record<string, Prisma.Sql> = {
    lotId: Prisma.sql`${was.lotId}::text`,
    capabilityId: Prisma.sql`${was.capabilityId}::text`,
    routeToMarket: Prisma.sql`${was.routeToMarket}::"RouteToMarket"`,
  };
  for (const { table, keys, sums, where } of MONTHLY) {
    const keyList = Prisma.raw(keys.map(q).join(", "));
    const sumList = Prisma.raw(sums.map(q).join(", "));
    const filter = Prisma.raw(where ?? "true");
    const nowSide = Prisma.raw([...keys.map(q), ...sums.map((s) => `${FROM_GROUPS[s]} AS ${q(s)}`)].join(", "));
    const wasSide = Prisma.join(
      [
        ...keys.map((k) => old[k] ?? Prisma.raw(q(k))),
        ...sums.map((s) => Prisma.raw(`-(${FROM_GROUPS[s]}) AS ${q(s)}`)),
      ],
      ", ",
    );
    const same = Prisma.raw(keys.map(sameKey).join(" AND "));
    const totals = Prisma.raw(sums.map((s) => `SUM(${q(s)})`).join(", "));
    const namedTotals = Prisma.raw(sums.map((s) => `SUM(${q(s)}) AS ${q(s)}`).join(", "));
    const kept = Prisma.raw(sums.map((s) => `SUM(${q(s)}) <> 0`).join(" OR "));
    await t.$executeRaw`
      WITH delta AS (
        SELECT ${keyList}, ${namedTotals}
          FROM (SELECT ${nowSide} FROM contract_spend WHERE ${filter}
                UNION ALL SELECT ${wasSide} FROM contract_spend WHERE ${filter}) x
         GROUP BY ${keyList}
      ), stored AS (
        DELETE FROM ${Prisma.raw(q(table))} m USING (SELECT DISTINCT ${keyList} FROM delta) d WHERE ${same}
        RETURNING ${Prisma.raw(keys.map((k) => `m.${q(k)}`).join(", "))}, ${Prisma.raw(sums.map((s) => `m.${q(s)}`).join(", "))}
      )
      INSERT INTO ${Prisma.raw(q(table))} (${keyList}, ${sumList})
      SELECT ${keyList}, ${totals} FROM (SELECT * FROM stored UNION ALL SELECT * FROM delta) x
       GROUP BY ${keyList} HAVING ${kept}`;
  }
  await t.$executeRaw`DELETE FROM "SpendContractPayee" WHERE "contractId" = ${contractId}`;
  await t.$executeRaw`
    INSERT INTO "SpendContractPayee" ("departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket", amount, "smeAmount")
    SELECT "departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket",
           SUM(amount), COALESCE(SUM(amount) FILTER (WHERE "isSme"), 0)
      FROM contract_spend GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  await t.$executeRaw`DROP TABLE contract_spend`;
}
