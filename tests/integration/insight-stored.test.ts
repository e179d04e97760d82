// The stored insight tables agree with what they store: concentration as computed live, pledged vs
// delivered as judged from the roll-ups, and an import's incremental roll-up as a full rebuild of it.
import { describe, expect, it } from "vitest";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { createSpendImport, runSpendImport } from "@/lib/imports/spend-import";
import { formatOfFileName } from "@/lib/imports/spend-readers";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { type SqlScope, storedAnswer } from "@/lib/insight/sql-scope";
import { type ConcentrationRow, concentrationSql, liveConcentrationSql } from "@/lib/insight/sql-concentration";
import { type SupplierRow, topSuppliersSql } from "@/lib/insight/sql-spend";
import { idle } from "@/lib/actions/state";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { recordAssessment } from "@/lib/kpis/actions";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import {
  addMember,
  createCapability,
  createContract,
  createDepartment,
  createKpi,
  createLot,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";
import { fixtureCopy, runTag } from "@/tests/fixtures/spend-files";
import { jobsDone } from "@/tests/jobs";

const noFilters = InsightFiltersSchema.parse({});
const shape = (rows: ConcentrationRow[]) =>
  rows.map((r) => ({
    marketId: r.marketId,
    marketName: r.marketName,
    total: r.total.toString(),
    top5: Number(r.top5).toFixed(12),
    hhi: r.hhi.toString(),
    suppliers: Number(r.suppliers),
  }));

describe("stored concentration", () => {
  it("answers the unfiltered view for one department and for all, and equals the live computation", async () => {
    const dept = await createDepartment();
    const [a, b, c] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
    await Promise.all([
      createSpend(dept.id, a.id, "2025-04-10", "600.00"),
      createSpend(dept.id, b.id, "2025-05-10", "300.00"),
      createSpend(dept.id, c.id, "2025-05-11", "100.00"),
    ]);
    await refreshSpendAggregates(db);
    for (const departments of [[dept.id], "ALL"] as const) {
      const scope: SqlScope = { departments: departments === "ALL" ? "ALL" : [...departments], filters: noFilters };
      expect(storedAnswer(scope)).toEqual({ scope: departments === "ALL" ? "*" : dept.id, yearEnding: null });
      for (const market of ["capability", "department"] as const) {
        const stored = await db.$queryRaw<ConcentrationRow[]>(concentrationSql(scope, market));
        const live = await db.$queryRaw<ConcentrationRow[]>(liveConcentrationSql(scope, market));
        expect(stored.length).toBeGreaterThan(0);
        expect(shape(stored)).toEqual(shape(live));
      }
    }
    const [own] = await db.$queryRaw<ConcentrationRow[]>(
      concentrationSql({ departments: [dept.id], filters: noFilters }, "department"),
    );
    // Shares 60%, 30%, 10%: HHI 3600 + 900 + 100.
    expect(own?.hhi.toString()).toBe("4600");
  });

  it("keeps the all-department answer whole when one department is refreshed: its totals summed, its market copied", async () => {
    const [first, second] = await Promise.all([createDepartment(), createDepartment()]);
    const [shared, other] = await Promise.all([createSupplier(), createSupplier()]);
    await Promise.all([
      createSpend(first.id, shared.id, "2025-04-10", "400.00"),
      createSpend(second.id, shared.id, "2025-05-10", "100.00"),
      createSpend(second.id, other.id, "2025-05-11", "300.00"),
    ]);
    await refreshSpendAggregates(db, { departmentIds: [first.id, second.id] });
    // The first department's spend changes; only it is refreshed.
    await createSpend(first.id, shared.id, "2026-01-15", "250.00");
    await createSpend(first.id, other.id, "2026-02-15", "350.00");
    await refreshSpendAggregates(db, { departmentIds: [first.id] });

    const totals = await db.$queryRaw<{ yearEnding: number | null; supplier: string; amount: string }[]>`
      SELECT "yearEnding", "payeeSupplierId" AS supplier, amount::text FROM "SpendSupplierTotal"
       WHERE scope = '*' AND "payeeSupplierId" IN (${shared.id}, ${other.id}) ORDER BY 1 NULLS FIRST, 2`;
    const raw = await db.$queryRaw<{ yearEnding: number | null; supplier: string; amount: string }[]>`
      SELECT y."yearEnding", "payeeSupplierId" AS supplier, SUM(amount)::text AS amount
        FROM "SpendTransaction" s CROSS JOIN LATERAL (VALUES (NULL::int),
             (EXTRACT(YEAR FROM s."paidOn")::int + CASE WHEN EXTRACT(MONTH FROM s."paidOn") >= 4 THEN 1 ELSE 0 END)) y("yearEnding")
       WHERE kind = 'DIRECT' AND "payeeSupplierId" IN (${shared.id}, ${other.id}) GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2`;
    expect(totals).toEqual(raw);
    expect(totals.find((t) => t.yearEnding === null && t.supplier === shared.id)?.amount).toBe("750.00");

    // Each department's row of the all-department market by department is its own answer, for the one refreshed
    // and the one left standing.
    for (const dept of [first, second]) {
      const all = await db.$queryRaw<ConcentrationRow[]>`
        SELECT "marketId", NULL AS "marketName", total, top5, hhi, suppliers::bigint AS suppliers FROM "SpendConcentration"
         WHERE scope = '*' AND market = 'department' AND "marketId" = ${dept.id} ORDER BY "yearEnding" NULLS FIRST`;
      const own = await db.$queryRaw<ConcentrationRow[]>`
        SELECT "marketId", NULL AS "marketName", total, top5, hhi, suppliers::bigint AS suppliers FROM "SpendConcentration"
         WHERE scope = ${dept.id} AND market = 'department' ORDER BY "yearEnding" NULLS FIRST`;
      const live = await db.$queryRaw<ConcentrationRow[]>(
        liveConcentrationSql({ departments: [dept.id], filters: noFilters }, "department"),
      );
      expect(shape(all)).toEqual(shape(own));
      expect(shape(all.slice(0, 1))).toEqual(shape(live).map((r) => ({ ...r, marketName: null })));
    }
    const [firstAllTime] = await db.$queryRaw<{ total: string; hhi: string }[]>`
      SELECT total::text, hhi::int::text AS hhi FROM "SpendConcentration" WHERE scope = '*' AND market = 'department' AND "marketId" = ${first.id} AND "yearEnding" IS NULL`;
    // 650 shared, 350 other: shares 65% and 35%, HHI 4225 + 1225.
    expect(firstAllTime).toEqual({ total: "1000.00", hhi: "5450" });
  });

  it("answers the top suppliers of the unfiltered view as the raw payments do", async () => {
    const dept = await createDepartment();
    const [a, b] = await Promise.all([createSupplier(), createSupplier()]);
    await Promise.all([
      createSpend(dept.id, a.id, "2025-04-10", "250.00"),
      createSpend(dept.id, b.id, "2025-04-11", "700.00"),
      createSpend(dept.id, a.id, "2025-05-10", "-50.00"),
    ]);
    // Every department: the all-department answer must cover spend other tests wrote without refreshing.
    await refreshSpendAggregates(db);
    for (const departments of [[dept.id], "ALL"] as const) {
      const scope: SqlScope = { departments: departments === "ALL" ? "ALL" : [...departments], filters: noFilters };
      const stored = await db.$queryRaw<SupplierRow[]>(topSuppliersSql(scope, 10));
      const raw = await db.$queryRaw<{ supplierId: string; amount: string; total: string; suppliers: bigint }[]>`
        WITH s AS (SELECT "payeeSupplierId", SUM(amount) AS amount FROM "SpendTransaction"
                    WHERE kind = 'DIRECT' AND (${departments === "ALL"} OR "departmentId" = ${dept.id}) GROUP BY 1)
        SELECT "payeeSupplierId" AS "supplierId", amount::text, (SELECT SUM(amount) FROM s)::text AS total, (SELECT COUNT(*) FROM s) AS suppliers
          FROM s ORDER BY s.amount DESC, s."payeeSupplierId" LIMIT 10`;
      expect(stored.map((r) => [r.supplierId, r.amount.toFixed(2), r.total.toFixed(2), Number(r.suppliers)])).toEqual(
        raw.map((r) => [r.supplierId, r.amount, r.total, Number(r.suppliers)]),
      );
    }
    const [own] = await db.$queryRaw<SupplierRow[]>(topSuppliersSql({ departments: [dept.id], filters: noFilters }, 1));
    expect([own?.supplierId, own?.amount.toFixed(2), own?.total.toFixed(2)]).toEqual([b.id, "700.00", "900.00"]);
  });

  it("over a date range, ranks suppliers and computes concentration from the monthly payee roll-up as the raw payments do", async () => {
    const dept = await createDepartment();
    const [a, b, c, lead] = await Promise.all([createSupplier(), createSupplier(), createSupplier(), createSupplier()]);
    const parent = await createCapability();
    const child = await createCapability({ parentId: parent.id });
    const contract = await createContract(dept.id, a.id, { capabilityId: child.id });
    await Promise.all([
      createSpend(dept.id, a.id, "2025-04-10", "650.00", { contractId: contract.id }),
      createSpend(dept.id, a.id, "2025-05-31", "-50.00", { contractId: contract.id }),
      createSpend(dept.id, b.id, "2025-05-01", "300.00"),
      createSpend(dept.id, c.id, "2025-05-20", "100.00"),
      // Outside the range, and indirect spend (never counted in rankings or concentration).
      createSpend(dept.id, c.id, "2025-03-31", "5000.00"),
      createSpend(dept.id, c.id, "2025-06-01", "5000.00"),
      createSpend(dept.id, b.id, "2025-04-15", "999.00", { contractId: contract.id, payerSupplierId: lead.id }),
    ]);
    await refreshSpendAggregates(db, { departmentIds: [dept.id] });
    const scope: SqlScope = {
      departments: [dept.id],
      filters: InsightFiltersSchema.parse({ from: "2025-04", to: "2025-05" }),
    };

    const top = await db.$queryRaw<SupplierRow[]>(topSuppliersSql(scope, 10));
    const raw = await db.$queryRaw<{ supplierId: string; amount: string }[]>`
      SELECT "payeeSupplierId" AS "supplierId", SUM(amount)::text AS amount FROM "SpendTransaction"
       WHERE "departmentId" = ${dept.id} AND kind = 'DIRECT' AND "paidOn" >= '2025-04-01' AND "paidOn" < '2025-06-01'
       GROUP BY 1 ORDER BY SUM(amount) DESC, 1`;
    expect(top.map((r) => [r.supplierId, r.amount.toFixed(2)])).toEqual(raw.map((r) => [r.supplierId, r.amount]));
    expect(raw.map((r) => r.amount)).toEqual(["600.00", "300.00", "100.00"]);

    // Shares 60%, 30%, 10% in the department: HHI 4600, top 5 all of it. By capability, the child's spend
    // counts under its top-level capability (supplier a alone), the rest under no capability.
    const [byDepartment] = await db.$queryRaw<ConcentrationRow[]>(concentrationSql(scope, "department"));
    expect([
      byDepartment?.marketId,
      byDepartment?.total.toFixed(2),
      byDepartment?.hhi.toString(),
      Number(byDepartment?.top5),
    ]).toEqual([dept.id, "1000.00", "4600", 1]);
    const byCapability = await db.$queryRaw<ConcentrationRow[]>(concentrationSql(scope, "capability"));
    expect(byCapability.map((r) => [r.marketId, r.total.toFixed(2), r.hhi.toString()])).toEqual([
      [parent.id, "600.00", "10000"],
      [null, "400.00", "6250"],
    ]);
  });

  it("answers a one-financial-year view from the year's stored rows, equal to the live computation, and live until they are stored", async () => {
    const dept = await createDepartment();
    const [a, b, c] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
    const parent = await createCapability();
    const contract = await createContract(dept.id, a.id, { capabilityId: parent.id });
    await Promise.all([
      // FY 2025-26 (April 2025 to March 2026): a 500 (one contract), b 300, c 200, across the year's ends.
      createSpend(dept.id, a.id, "2025-04-01", "500.00", { contractId: contract.id }),
      createSpend(dept.id, b.id, "2025-09-30", "300.00"),
      createSpend(dept.id, c.id, "2026-03-31", "200.00"),
      // The years either side, which a year's answer must leave out.
      createSpend(dept.id, c.id, "2025-03-31", "9000.00"),
      createSpend(dept.id, b.id, "2026-04-01", "7000.00"),
    ]);
    await refreshSpendAggregates(db);
    const year = InsightFiltersSchema.parse({ from: "2025-04", to: "2026-03" });
    for (const departments of [[dept.id], "ALL"] as const) {
      const scope: SqlScope = { departments: departments === "ALL" ? "ALL" : [...departments], filters: year };
      const answer = { scope: departments === "ALL" ? "*" : dept.id, yearEnding: 2026 };
      expect(storedAnswer(scope)).toEqual(answer);
      const [{ rows }] = await db.$queryRaw<[{ rows: number }]>`
        SELECT COUNT(*)::int AS rows FROM "SpendConcentration" WHERE scope = ${answer.scope} AND "yearEnding" = 2026`;
      expect(rows).toBeGreaterThan(0);
      for (const market of ["capability", "department"] as const) {
        const stored = await db.$queryRaw<ConcentrationRow[]>(concentrationSql(scope, market));
        const live = await db.$queryRaw<ConcentrationRow[]>(liveConcentrationSql(scope, market));
        expect(stored.length).toBeGreaterThan(0);
        expect(shape(stored)).toEqual(shape(live));
      }
      const top = await db.$queryRaw<SupplierRow[]>(topSuppliersSql(scope, 10));
      const raw = await db.$queryRaw<{ supplierId: string; amount: string; total: string }[]>`
        WITH s AS (SELECT "payeeSupplierId", SUM(amount) AS amount FROM "SpendTransaction"
                    WHERE kind = 'DIRECT' AND (${departments === "ALL"} OR "departmentId" = ${dept.id})
                      AND "paidOn" >= '2025-04-01' AND "paidOn" < '2026-04-01' GROUP BY 1)
        SELECT "payeeSupplierId" AS "supplierId", amount::text, (SELECT SUM(amount) FROM s)::text AS total
          FROM s ORDER BY s.amount DESC, s."payeeSupplierId" LIMIT 10`;
      expect(top.map((r) => [r.supplierId, r.amount.toFixed(2), r.total.toFixed(2)])).toEqual(
        raw.map((r) => [r.supplierId, r.amount, r.total]),
      );
    }
    const own: SqlScope = { departments: [dept.id], filters: year };
    const [byDepartment] = await db.$queryRaw<ConcentrationRow[]>(concentrationSql(own, "department"));
    // Shares 50%, 30%, 20%: HHI 2500 + 900 + 400.
    expect([byDepartment?.total.toFixed(2), byDepartment?.hhi.toString()]).toEqual(["1000.00", "3800"]);

    // A year stored before this release (or not yet refreshed) has no rows: the view is computed live, not empty.
    await db.$executeRaw`DELETE FROM "SpendConcentration" WHERE scope = ${dept.id} AND "yearEnding" = 2026`;
    await db.$executeRaw`DELETE FROM "SpendSupplierTotal" WHERE scope = ${dept.id} AND "yearEnding" = 2026`;
    const [live] = await db.$queryRaw<ConcentrationRow[]>(concentrationSql(own, "department"));
    expect([live?.total.toFixed(2), live?.hhi.toString()]).toEqual(["1000.00", "3800"]);
    const [first] = await db.$queryRaw<SupplierRow[]>(topSuppliersSql(own, 1));
    expect([first?.supplierId, first?.amount.toFixed(2), first?.total.toFixed(2)]).toEqual([a.id, "500.00", "1000.00"]);
  });

  it("is not used when a filter asks for finer grain, another department or a range that is not one financial year", () => {
    const filtered = (f: Record<string, string>, departments: SqlScope["departments"] = "ALL") =>
      storedAnswer({ departments, filters: InsightFiltersSchema.parse(f) });
    expect(filtered({ from: "2025-04" })).toBeNull();
    expect(filtered({ from: "2025-04", to: "2025-05" })).toBeNull();
    expect(filtered({ from: "2025-01", to: "2025-12" })).toBeNull();
    expect(filtered({ from: "2024-04", to: "2026-03" })).toBeNull();
    expect(filtered({ lot: "lot1" })).toBeNull();
    expect(filtered({ supplier: "s1" })).toBeNull();
    expect(filtered({ from: "2025-04", to: "2026-03", supplier: "s1" })).toBeNull();
    expect(filtered({ department: "d2" }, ["d1"])).toBeNull();
    expect(filtered({}, ["d1", "d2"])).toBeNull();
    expect(filtered({ department: "d2" })).toEqual({ scope: "d2", yearEnding: null });
    expect(filtered({ department: "d2" }, ["d1", "d2"])).toEqual({ scope: "d2", yearEnding: null });
    expect(filtered({ from: "2025-04", to: "2026-03" })).toEqual({ scope: "*", yearEnding: 2026 });
    expect(filtered({ from: "2025-04", to: "2026-03" }, ["d1"])).toEqual({ scope: "d1", yearEnding: 2026 });
  });
});

describe("incremental roll-up of an import", () => {
  it("adds the file's rows so that the roll-ups and pledged vs delivered equal a full rebuild", async () => {
    const tag = runTag();
    const department = await createDepartment();
    const names = {
      Capita: `Capita${tag}`,
      Sopra: `Sopra${tag}`,
      Kainos: `Kainos${tag}`,
      Methods: `Methods${tag}`,
      Café: `Café${tag}`,
    };
    const capita = await createSupplier({ legalName: `Capita${tag} Business Services Ltd` });
    const sme = await createSupplier({ legalName: `Sopra${tag} Steria Limited` });
    await Promise.all([
      createSupplier({ legalName: `Kainos${tag} Software Ltd` }),
      createSupplier({ legalName: `Methods${tag} Business and Digital Technology Limited` }),
      createSupplier({ legalName: `Café${tag} Digital Ltd` }),
    ]);
    await declareSize(sme.id, "2020-01-01", true);
    const contract = await createContract(department.id, capita.id, {
      reference: "HMT-2021-0042",
      awardDate: new Date("2021-01-01"),
    });
    await addMember(contract.id, sme.id, { pledgedSharePercent: "40.00" });
    // Spend already there before the file, summed into the roll-ups by a full rebuild.
    await createSpend(department.id, capita.id, "2024-03-01", "1000.00", { contractId: contract.id });
    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    // Where the stored one-year answers of the year before the file (April 2023 to March 2024) lie on disk.
    const yearBefore = () =>
      db.$queryRaw<{ place: string }[]>`
        SELECT ctid::text AS place FROM "SpendConcentration" WHERE scope = ${department.id} AND "yearEnding" = 2024
        UNION ALL SELECT ctid::text FROM "SpendSupplierTotal" WHERE scope = ${department.id} AND "yearEnding" = 2024 ORDER BY 1`;
    const placesBefore = await yearBefore();
    expect(placesBefore.length).toBeGreaterThan(0);

    const path = fixtureCopy("hmt-spend-april-2024-win1252.csv", names);
    const record = await createSpendImport(db, {
      path,
      fileName: "hmt.csv",
      format: formatOfFileName(path)!,
      departmentId: department.id,
      createdById: null,
    });
    const result = await runSpendImport({
      prisma: db,
      databaseUrl: process.env.DATABASE_URL!,
      importId: record.id,
      departmentId: department.id,
      path,
      format: "csv",
      actor: null,
    });
    expect(result.status).toBe("COMPLETED");
    // The import queued what derives from the roll-ups with its commit: pledged vs delivered follows on the worker.
    const [queued] = await db.$queryRaw<{ data: unknown }[]>`
      SELECT data FROM pgboss.job WHERE name = 'insight-refresh' AND data->'derivedOf' ? ${department.id}`;
    expect(queued?.data).toEqual({ derivedOf: [department.id], years: [2025] });
    await jobsDone("insight-refresh");

    const rollUps = () =>
      db.$queryRaw<{ key: string; amount: string; sme: string }[]>(Prisma.sql`
      SELECT concat_ws('|', month, kind, "lotId", "capabilityId", "routeToMarket") AS key, SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme
        FROM "SpendMonthly" WHERE "departmentId" = ${department.id} GROUP BY 1
      UNION ALL
      SELECT concat_ws('|', 'lot', month, kind, "lotId", "routeToMarket"), SUM(amount)::text, SUM("smeAmount")::text
        FROM "SpendMonthlyLot" WHERE "departmentId" = ${department.id} GROUP BY 1
      UNION ALL
      SELECT concat_ws('|', "contractId", "payeeSupplierId", kind), SUM(amount)::text, SUM("smeAmount")::text
        FROM "SpendContractPayee" WHERE "departmentId" = ${department.id} GROUP BY 1
      UNION ALL
      SELECT concat_ws('|', 'payee', month, "payeeSupplierId", "lotId", "capabilityId"), SUM(amount)::text, ''
        FROM "SpendPayeeMonthly" WHERE "departmentId" = ${department.id} GROUP BY 1 ORDER BY 1`);
    const delivery = () =>
      db.partnershipDelivery.findMany({
        where: { departmentId: department.id },
        select: { supplierId: true, received: true, contractSpend: true, tokenism: true },
      });
    const answers = async () => ({
      concentration: await db.spendConcentration.findMany({
        where: { scope: department.id },
        orderBy: [{ yearEnding: { sort: "asc", nulls: "first" } }, { market: "asc" }, { marketId: "asc" }],
        omit: { id: true },
      }),
      totals: await db.spendSupplierTotal.findMany({
        where: { scope: department.id },
        orderBy: [{ yearEnding: { sort: "asc", nulls: "first" } }, { payeeSupplierId: "asc" }],
        omit: { id: true },
      }),
    });
    const afterImport = { rollUps: await rollUps(), delivery: await delivery(), answers: await answers() };
    // The file's year (April 2024 to March 2025) is stored; the year before was left where it was, not rewritten.
    expect(afterImport.answers.totals.filter((t) => t.yearEnding === 2025).length).toBeGreaterThan(1);
    expect(await yearBefore()).toEqual(placesBefore);
    const [raw] = await db.$queryRaw<
      { total: string }[]
    >`SELECT SUM(amount)::text AS total FROM "SpendTransaction" WHERE "departmentId" = ${department.id}`;
    const [rolled] = await db.$queryRaw<
      { total: string }[]
    >`SELECT SUM(amount)::text AS total FROM "SpendMonthly" WHERE "departmentId" = ${department.id}`;
    const [coarse] = await db.$queryRaw<
      { total: string }[]
    >`SELECT SUM(amount)::text AS total FROM "SpendMonthlyLot" WHERE "departmentId" = ${department.id}`;
    const [payee] = await db.$queryRaw<
      { total: string }[]
    >`SELECT SUM(amount)::text AS total FROM "SpendPayeeMonthly" WHERE "departmentId" = ${department.id}`;
    const [direct] = await db.$queryRaw<
      { total: string }[]
    >`SELECT SUM(amount)::text AS total FROM "SpendTransaction" WHERE "departmentId" = ${department.id} AND kind = 'DIRECT'`;
    expect(rolled?.total).toBe(raw?.total);
    expect(coarse?.total).toBe(raw?.total);
    expect(payee?.total).toBe(direct?.total);
    expect(Number(afterImport.delivery[0]?.contractSpend)).toBeGreaterThan(1000);

    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    expect(await rollUps()).toEqual(afterImport.rollUps);
    expect(await delivery()).toEqual(afterImport.delivery);
    expect(await answers()).toEqual(afterImport.answers);
  });
});

describe("spend roll-ups", () => {
  it("sum each payment once into all four roll-ups, SME status judged per payment day", async () => {
    const dept = await createDepartment();
    const [grower, lead, capability, lot] = await Promise.all([
      createSupplier(),
      createSupplier(),
      createCapability(),
      createLot(),
    ]);
    // The grower is an SME until 14 May 2025 and large from the 15th; the lead never declared (not an SME).
    await declareSize(grower.id, "2025-01-01", true);
    await declareSize(grower.id, "2025-05-15", false);
    const contract = await createContract(dept.id, lead.id, {
      lotId: lot.id,
      capabilityId: capability.id,
      routeToMarket: "FRAMEWORK_CALL_OFF",
    });
    const onContract = { contractId: contract.id };
    const passedOn = { contractId: contract.id, payerSupplierId: lead.id };
    await Promise.all([
      createSpend(dept.id, grower.id, "2025-05-14", "100.00"),
      createSpend(dept.id, grower.id, "2025-05-14", "200.00"),
      createSpend(dept.id, grower.id, "2025-05-15", "400.00"),
      createSpend(dept.id, grower.id, "2025-05-15", "0.01"),
      createSpend(dept.id, grower.id, "2025-06-01", "-50.00"),
      createSpend(dept.id, lead.id, "2025-05-14", "1000.00", onContract),
      createSpend(dept.id, grower.id, "2025-05-14", "300.00", passedOn),
      createSpend(dept.id, grower.id, "2025-05-20", "250.00", passedOn),
    ]);
    await refreshSpendAggregates(db, { departmentIds: [dept.id] });

    const months = await db.spendMonthly.findMany({
      where: { departmentId: dept.id, lotId: null, kind: "DIRECT" },
      orderBy: { month: "asc" },
    });
    expect(
      months.map((m) => [
        m.month.toISOString().slice(0, 7),
        m.amount.toFixed(2),
        m.smeAmount.toFixed(2),
        m.transactions,
      ]),
    ).toEqual([
      ["2025-05", "700.01", "300.00", 4],
      ["2025-06", "-50.00", "0.00", 1],
    ]);
    // Every roll-up against the payments themselves, SME judged payment by payment.
    const raw = Prisma.sql`(
      SELECT s.*, date_trunc('month', s."paidOn")::date AS month, c."lotId", c."capabilityId", c."routeToMarket",
             CASE WHEN (SELECT sd."isSme" FROM "SizeDeclaration" sd WHERE sd."supplierId" = s."payeeSupplierId" AND sd."asOf" <= s."paidOn"
                         ORDER BY sd."asOf" DESC LIMIT 1) THEN s.amount ELSE 0.00 END AS sme
        FROM "SpendTransaction" s LEFT JOIN "Contract" c ON c.id = s."contractId" WHERE s."departmentId" = ${dept.id})`;
    const compare = async (table: string, keys: string, measures: string, rawMeasures: string, rawWhere = "true") => {
      const stored = await db.$queryRaw<unknown[]>(
        Prisma.sql`SELECT ${Prisma.raw(keys)}, ${Prisma.raw(measures)} FROM ${Prisma.raw(`"${table}"`)} WHERE "departmentId" = ${dept.id} GROUP BY ${Prisma.raw(keys)} ORDER BY ${Prisma.raw(keys)}`,
      );
      const expected = await db.$queryRaw<unknown[]>(
        Prisma.sql`SELECT ${Prisma.raw(keys)}, ${Prisma.raw(rawMeasures)} FROM ${raw} r WHERE ${Prisma.raw(rawWhere)} GROUP BY ${Prisma.raw(keys)} ORDER BY ${Prisma.raw(keys)}`,
      );
      expect(stored.length).toBeGreaterThan(1);
      expect(stored).toEqual(expected);
    };
    await compare(
      "SpendMonthly",
      `month, kind, "lotId", "capabilityId", "routeToMarket"`,
      `SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme, SUM(transactions)::int AS n`,
      `SUM(amount)::text AS amount, SUM(sme)::text AS sme, COUNT(*)::int AS n`,
    );
    await compare(
      "SpendMonthlyLot",
      `month, kind, "lotId", "routeToMarket"`,
      `SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme, SUM(transactions)::int AS n`,
      `SUM(amount)::text AS amount, SUM(sme)::text AS sme, COUNT(*)::int AS n`,
    );
    await compare(
      "SpendContractPayee",
      `"contractId", "payeeSupplierId", kind, "lotId", "capabilityId", "routeToMarket"`,
      `SUM(amount)::text AS amount, SUM("smeAmount")::text AS sme`,
      `SUM(amount)::text AS amount, SUM(sme)::text AS sme`,
    );
    await compare(
      "SpendPayeeMonthly",
      `month, "payeeSupplierId", "lotId", "capabilityId"`,
      `SUM(amount)::text AS amount`,
      `SUM(amount)::text AS amount`,
      `kind = 'DIRECT'`,
    );
  });
});

describe("stored KPI summary", () => {
  it("follows a recorded assessment: ratings equal the latest rating of each KPI, and the contract leaves the overdue list", async () => {
    const department = await createDepartment();
    const lead = await createSupplier();
    const contract = await createContract(department.id, lead.id, { currentValue: "8000000.00", status: "ACTIVE" });
    const [availability, quality] = await Promise.all([
      createKpi(contract.id, lead.id),
      createKpi(contract.id, lead.id, { name: "Data quality" }),
    ]);
    await db.kpiAssessment.createMany({
      data: [
        { kpiId: availability.id, assessedOn: new Date("2024-01-31"), rating: "GOOD" },
        { kpiId: availability.id, assessedOn: new Date("2024-06-30"), rating: "INADEQUATE" },
        { kpiId: quality.id, assessedOn: new Date("2024-03-31"), rating: "GOOD" },
      ],
    });
    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    const user = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(user);
    const today = new Date().toISOString().slice(0, 10);
    const before = await getContractDashboard(noFilters, today);
    expect(before.ratings.map((r) => [r.rating, Number(r.kpis)])).toEqual([
      ["GOOD", 1],
      ["INADEQUATE", 1],
    ]);
    expect(before.overdue.rows.map((r) => r.id)).toContain(contract.id);

    // A new assessment through the action: the dashboards follow without anyone rebuilding them.
    await recordAssessment(
      idle,
      form({ contractId: contract.id, kpiId: availability.id, assessedOn: today, rating: "APPROACHING_TARGET" }),
    ).catch(() => undefined);
    await jobsDone("insight-refresh");
    const after = await getContractDashboard(noFilters, today);
    const direct = await db.$queryRaw<{ rating: string; kpis: bigint }[]>`
      SELECT rating::text AS rating, COUNT(*) AS kpis FROM (
        SELECT DISTINCT ON (a."kpiId") a.rating FROM "KpiAssessment" a JOIN "Kpi" k ON k.id = a."kpiId"
         WHERE k."contractId" = ${contract.id} ORDER BY a."kpiId", a."assessedOn" DESC) l GROUP BY 1 ORDER BY 1`;
    expect(after.ratings.map((r) => [r.rating, Number(r.kpis)])).toEqual(direct.map((r) => [r.rating, Number(r.kpis)]));
    expect(after.ratings.map((r) => r.rating)).toEqual(["APPROACHING_TARGET", "GOOD"]);
    expect(after.overdue.rows.map((r) => r.id)).not.toContain(contract.id);
  });
});
