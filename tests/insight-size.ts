// For the size-declaration refresh tests: a supplier paid by two departments and a partnership member in a
// third, every stored insight figure of some departments summed per key, and what a full rebuild would store.
import { Prisma } from "@prisma/client";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import type { InsightClient } from "@/lib/insight/refresh-lock";
import {
  addMember,
  createCapability,
  createContract,
  createDepartment,
  createLot,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";

/**
 * The supplier is paid by departments a and b (directly, on contracts and without one, and passed on by a
 * lead), is an SME member of a partnership in c that never paid it, and large until 2024-06-01 when it
 * declared itself an SME (unverified). Department other has nothing of it. Everything rolled up.
 */
export async function buildSizeWorld() {
  const [a, b, c, other] = await Promise.all([
    createDepartment(),
    createDepartment(),
    createDepartment(),
    createDepartment(),
  ]);
  const [supplier, lead, rival] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
  const [lot, capability] = await Promise.all([createLot(), createCapability()]);
  const dims = { lotId: lot.id, capabilityId: capability.id, routeToMarket: "FRAMEWORK_CALL_OFF" as const };
  const onA = await createContract(a.id, lead.id, { ...dims, awardDate: new Date("2024-07-01") });
  const ofSupplier = await createContract(b.id, supplier.id, { awardDate: new Date("2024-03-01") });
  const inC = await createContract(c.id, lead.id, { awardDate: new Date("2025-02-01") });
  const elsewhere = await createContract(other.id, rival.id);
  await Promise.all([
    addMember(onA.id, supplier.id, { pledgedSharePercent: "30.00" }),
    addMember(inC.id, supplier.id, { pledgedSharePercent: "20.00" }),
    declareSize(supplier.id, "2020-01-01", false),
    declareSize(supplier.id, "2024-06-01", true),
    declareSize(rival.id, "2020-01-01", true),
  ]);
  const passedOn = { contractId: onA.id, payerSupplierId: lead.id };
  await Promise.all([
    createSpend(a.id, lead.id, "2024-08-02", "90000.00", { contractId: onA.id }),
    createSpend(a.id, supplier.id, "2024-05-20", "1000.00", { contractId: onA.id }),
    createSpend(a.id, supplier.id, "2024-08-02", "2500.50", { contractId: onA.id }),
    createSpend(a.id, supplier.id, "2025-03-04", "4000.00", { contractId: onA.id }),
    createSpend(a.id, supplier.id, "2025-03-29", "-400.00", { contractId: onA.id }),
    createSpend(a.id, supplier.id, "2024-09-10", "7000.00", passedOn),
    createSpend(a.id, supplier.id, "2025-06-30", "300.00"),
    createSpend(a.id, rival.id, "2024-08-15", "5000.00", { contractId: onA.id }),
    createSpend(b.id, supplier.id, "2024-04-01", "12000.00", { contractId: ofSupplier.id }),
    createSpend(b.id, supplier.id, "2025-01-15", "8000.00", { contractId: ofSupplier.id }),
    createSpend(other.id, rival.id, "2025-01-15", "6000.00", { contractId: elsewhere.id }),
  ]);
  const departmentIds = [a.id, b.id, c.id, other.id];
  await refreshSpendAggregates(db, { departmentIds });
  const user = await createUser("SUPPLIER_USER", { supplierId: supplier.id });
  return { a, b, c, other, supplier, lead, rival, onA, inC, departmentIds, user };
}

const sums = (client: InsightClient, table: string, keys: string, measures: string, departmentIds: string[]) =>
  client.$queryRaw<unknown[]>(Prisma.sql`
    SELECT ${Prisma.raw(keys)}, ${Prisma.raw(measures)} FROM ${Prisma.raw(`"${table}"`)}
     WHERE "departmentId" IN (${Prisma.join(departmentIds)}) GROUP BY ${Prisma.raw(keys)} ORDER BY ${Prisma.raw(keys)}`);

const MONTHLY = `SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme, SUM("unverifiedSmeAmount")::text AS unverified, SUM(transactions)::int AS n`;

/** Every stored insight figure of the departments, summed per key (the spend roll-ups may hold several rows for one). */
export async function storedFigures(client: InsightClient, departmentIds: string[]) {
  const where = { departmentId: { in: departmentIds } };
  const scopes = { scope: { in: departmentIds } };
  return {
    monthly: await sums(
      client,
      "SpendMonthly",
      `"departmentId", month, kind, "lotId", "capabilityId", "routeToMarket"`,
      MONTHLY,
      departmentIds,
    ),
    monthlyLot: await sums(
      client,
      "SpendMonthlyLot",
      `"departmentId", month, kind, "lotId", "routeToMarket"`,
      MONTHLY,
      departmentIds,
    ),
    contractPayee: await sums(
      client,
      "SpendContractPayee",
      `"departmentId", "contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket"`,
      `SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme`,
      departmentIds,
    ),
    payeeMonthly: await sums(
      client,
      "SpendPayeeMonthly",
      `"departmentId", month, "payeeSupplierId", "lotId", "capabilityId"`,
      `SUM(amount)::text AS amount`,
      departmentIds,
    ),
    delivery: await client.partnershipDelivery.findMany({ where, orderBy: { memberId: "asc" } }),
    concentration: await client.spendConcentration.findMany({
      where: scopes,
      orderBy: [
        { scope: "asc" },
        { market: "asc" },
        { marketId: "asc" },
        { yearEnding: { sort: "asc", nulls: "first" } },
      ],
      omit: { id: true },
    }),
    supplierTotals: await client.spendSupplierTotal.findMany({
      where: scopes,
      orderBy: [{ scope: "asc" }, { payeeSupplierId: "asc" }, { yearEnding: { sort: "asc", nulls: "first" } }],
      omit: { id: true },
    }),
    scores: await client.contractLockInScore.findMany({
      where,
      orderBy: { contractId: "asc" },
      select: { contractId: true, score: true, factors: true },
    }),
    kpis: await client.contractKpiSummary.findMany({ where, orderBy: { contractId: "asc" } }),
  };
}

/** What a rebuild of the departments would store, read inside its transaction and rolled back. */
export async function rebuiltFigures(departmentIds: string[]) {
  let figures: Awaited<ReturnType<typeof storedFigures>> | undefined;
  await db
    .$transaction(
      async (t) => {
        await refreshSpendAggregates(t, { departmentIds });
        figures = await storedFigures(t, departmentIds);
        throw new RolledBack();
      },
      { timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return figures!;
}

class RolledBack extends Error {}

/** The stored figures equal a full rebuild's, key by key. */
export async function expectAsRebuilt(departmentIds: string[]) {
  expect(await storedFigures(db, departmentIds)).toEqual(await rebuiltFigures(departmentIds));
}

/**
 * Where each stored row of the departments lies on disk (a rewritten row moves), except the supplier's own
 * per-contract rows and pledged vs delivered of the contracts given.
 */
export async function rowPlaces(departmentIds: string[], supplierId: string, exceptContracts: string[] = []) {
  const ids = Prisma.join(departmentIds);
  const contracts = exceptContracts.length ? Prisma.join(exceptContracts) : Prisma.sql`''`;
  const rows = await db.$queryRaw<{ place: string }[]>`
    SELECT 'monthly ' || ctid::text AS place FROM "SpendMonthly" WHERE "departmentId" IN (${ids})
    UNION ALL SELECT 'lot ' || ctid::text FROM "SpendMonthlyLot" WHERE "departmentId" IN (${ids})
    UNION ALL SELECT 'payee ' || ctid::text FROM "SpendContractPayee" WHERE "departmentId" IN (${ids}) AND "payeeSupplierId" <> ${supplierId}
    UNION ALL SELECT 'payee-month ' || ctid::text FROM "SpendPayeeMonthly" WHERE "departmentId" IN (${ids})
    UNION ALL SELECT 'delivery ' || ctid::text FROM "PartnershipDelivery" WHERE "departmentId" IN (${ids}) AND "contractId" NOT IN (${contracts})
    UNION ALL SELECT 'concentration ' || ctid::text FROM "SpendConcentration" WHERE scope IN (${ids})
    UNION ALL SELECT 'total ' || ctid::text FROM "SpendSupplierTotal" WHERE scope IN (${ids})
    UNION ALL SELECT 'score ' || ctid::text FROM "ContractLockInScore" WHERE "departmentId" IN (${ids})
    UNION ALL SELECT 'kpis ' || ctid::text FROM "ContractKpiSummary" WHERE "departmentId" IN (${ids})`;
  return rows.map((r) => r.place);
}

/** Dashboard refresh jobs queued for the supplier (a save that could not refresh the figures itself). */
export async function rebuildsQueuedFor(supplierId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'insight-refresh' AND data->>'payeeSupplierId' = ${supplierId}`;
  return row?.n ?? 0;
}
