// The nightly check that the stored spend roll-ups equal a rebuild from the payments. Stored rows may
// be split (an import adds its own rows beside the month's earlier ones, a size change a row of the SME
// part it moved), so both sides are summed per key before they are compared. Read-only; under the
// roll-ups' lock, so no refresh is half-way through.
import { Prisma, type PrismaClient } from "@prisma/client";
import { lockRollUps } from "./refresh-lock";
import { SPEND_DAYS_WITH_CONTEXT } from "./refresh";

export type RollUpDifference = { table: string; keys: number };

const TABLES: { table: string; keys: string[]; sums: string[]; where?: string }[] = [
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
    table: "SpendContractPayee",
    keys: ["departmentId", "contractId", "payeeSupplierId", "kind", "lotId", "capabilityId", "routeToMarket"],
    sums: ["amount", "smeAmount"],
  },
  {
    table: "SpendPayeeMonthly",
    keys: ["departmentId", "month", "payeeSupplierId", "lotId", "capabilityId"],
    sums: ["amount"],
    where: `kind = 'DIRECT'`,
  },
];

const q = (c: string) => `"${c}"`;
// What each stored sum is, read from the rebuilt rows.
const REBUILT: Record<string, string> = {
  amount: "SUM(amount)",
  smeAmount: `COALESCE(SUM(amount) FILTER (WHERE "isSme"), 0)`,
  unverifiedSmeAmount: `COALESCE(SUM(amount) FILTER (WHERE "smeUnverified"), 0)`,
  transactions: "SUM(transactions)",
};

/** The tables whose stored figures differ from a rebuild (of these departments, or all), with how many keys differ; [] when all agree. */
export async function rollUpDifferences(prisma: PrismaClient, departmentIds?: string[]): Promise<RollUpDifference[]> {
  // Values are bound, never written into the text: only the fixed table and column names below are raw.
  const scope = departmentIds ? Prisma.sql`"departmentId" IN (${Prisma.join(departmentIds)})` : Prisma.sql`true`;
  return prisma.$transaction(
    async (t) => {
      await lockRollUps(t);
      await t.$executeRaw`CREATE TEMP TABLE check_spend ON COMMIT DROP AS
        SELECT "departmentId", "contractId", "payeeSupplierId", kind, date_trunc('month', "paidOn")::date AS month,
               "lotId", "capabilityId", "routeToMarket", "isSme", "smeUnverified", SUM(amount) AS amount, SUM(transactions)::int AS transactions
          FROM (${SPEND_DAYS_WITH_CONTEXT(departmentIds ? Prisma.sql`s."departmentId" IN (${Prisma.join(departmentIds)})` : Prisma.sql`true`)}) s
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;
      const differences: RollUpDifference[] = [];
      for (const { table, keys, sums, where } of TABLES) {
        const keyList = Prisma.raw(keys.map(q).join(", "));
        const storedSums = Prisma.raw(sums.map((s) => `SUM(${q(s)})::numeric AS ${q(s)}`).join(", "));
        const rebuiltSums = Prisma.raw(sums.map((s) => `${REBUILT[s]}::numeric AS ${q(s)}`).join(", "));
        const stored = Prisma.sql`SELECT ${keyList}, ${storedSums} FROM ${Prisma.raw(q(table))} WHERE ${scope} GROUP BY ${keyList}`;
        const rebuilt = Prisma.sql`SELECT ${keyList}, ${rebuiltSums} FROM check_spend WHERE ${Prisma.raw(where ?? "true")} GROUP BY ${keyList}`;
        // A key whose sums are all zero is no figure at all (a credit cancelling a payment).
        const anyNonZero = Prisma.raw(sums.map((s) => `${q(s)} <> 0`).join(" OR "));
        const nonZero = (sql: Prisma.Sql) => Prisma.sql`SELECT * FROM (${sql}) x WHERE ${anyNonZero}`;
        const [row] = await t.$queryRaw<{ keys: bigint }[]>(
          Prisma.sql`SELECT count(*) AS keys FROM (SELECT DISTINCT ${keyList} FROM ((${nonZero(stored)} EXCEPT ${nonZero(rebuilt)}) UNION (${nonZero(rebuilt)} EXCEPT ${nonZero(stored)})) d) k`,
        );
        const count = Number(row?.keys ?? 0);
        if (count > 0) differences.push({ table, keys: count });
      }
      return differences;
    },
    { isolationLevel: "RepeatableRead", timeout: 30 * 60_000, maxWait: 60_000 },
  );
}
