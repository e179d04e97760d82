// `npm run bench:saves` (not a test): on the scale-seeded benchmark database (scripts/bench/server.ts), times
// the dashboards' refresh after each kind of save to one contract of the department with the most payments,
// as the insight-refresh job runs it, and in the same run the department rebuild each refresh once was (the
// baseline). A size declaration of that department's most-paid supplier is timed as its save runs it (write
// and refresh in one transaction); at the end its declarations are removed and the departments that paid it
// rebuilt, as every size save once did, timed as that kind's baseline. The contract's terms are put back.
//   npm run bench:saves [-- --runs 5]
import type { PrismaClient } from "@prisma/client";
import { refreshSpendAggregates } from "../../lib/insight/refresh";
import { refreshAfterContractChange } from "../../lib/insight/refresh-contract";
import { refreshMemberPartnerships, saveSizeChange } from "../../lib/insight/refresh-size";
import { createPrismaClient } from "../../lib/prisma-client";
import { BENCH_URL, ensureScaleDatabase } from "./server";
import { reportFigure } from "./report";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function busiestContract(prisma: PrismaClient) {
  const [row] = await prisma.$queryRaw<{ departmentId: string; payments: number }[]>`
    SELECT "departmentId", count(*)::int AS payments FROM "SpendTransaction" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
  const [contract] = await prisma.$queryRaw<{ id: string; departmentId: string; payments: number }[]>`
    SELECT c.id, c."departmentId", count(s.id)::int AS payments FROM "Contract" c JOIN "SpendTransaction" s ON s."contractId" = c.id
     WHERE c."departmentId" = ${row!.departmentId} AND c.status = 'ACTIVE' GROUP BY c.id ORDER BY 3 DESC LIMIT 1`;
  return { ...contract!, departmentPayments: row!.payments };
}

/** The supplier paid most often by the department, and the day of its first payment anywhere. */
async function busiestPayee(prisma: PrismaClient, departmentId: string) {
  const [row] = await prisma.$queryRaw<
    { supplierId: string; payments: number; allPayments: number; firstPaid: Date }[]
  >`
    WITH top AS (SELECT "payeeSupplierId" AS id, count(*)::int AS payments FROM "SpendTransaction"
                  WHERE "departmentId" = ${departmentId} GROUP BY 1 ORDER BY 2 DESC LIMIT 1)
    SELECT top.id AS "supplierId", top.payments, count(*)::int AS "allPayments", min(s."paidOn") AS "firstPaid"
      FROM top JOIN "SpendTransaction" s ON s."payeeSupplierId" = top.id GROUP BY 1, 2`;
  return row!;
}

/** A size declaration as the portal saves it (without its audit event), SME or not as from the day given. */
async function declareSize(prisma: PrismaClient, supplierId: string, asOf: Date, isSme: boolean) {
  const size = isSme
    ? { staffCount: 20, turnover: "2000000.00", balanceSheetTotal: "1000000.00", sizeClass: "SMALL" as const }
    : { staffCount: 900, turnover: "90000000.00", balanceSheetTotal: "60000000.00", sizeClass: "LARGE" as const };
  const saved = await saveSizeChange(prisma, supplierId, async (tx) => {
    const { id } = await tx.sizeDeclaration.create({ data: { supplierId, asOf, isSme, ...size } });
    return { value: id, change: { supplierId, declarationId: id, action: "declared" } };
  });
  return { id: saved!.value, refreshed: saved!.refreshed };
}

async function main() {
  await ensureScaleDatabase();
  const prisma = createPrismaClient({ url: BENCH_URL, poolMax: 4 });
  try {
    const spendRows = await prisma.spendTransaction.count();
    const target = await busiestContract(prisma);
    const original = await prisma.contract.findUniqueOrThrow({ where: { id: target.id } });
    const otherLot = await prisma.lot.findFirstOrThrow({ where: { id: { not: original.lotId ?? "" } } });
    const payee = await busiestPayee(prisma, target.departmentId);
    const declared: { id: string; refreshed: boolean }[] = [];
    console.log(
      `${spendRows.toLocaleString()} payments; department with the most: ${target.departmentPayments.toLocaleString()}; ` +
        `its contract with the most: ${target.payments.toLocaleString()} payments; its supplier with the most: ` +
        `${payee.payments.toLocaleString()} (${payee.allPayments.toLocaleString()} in all). ${RUNS} runs each.`,
    );
    const kinds: Array<[string, (i: number) => Promise<unknown>]> = [
      [
        "baseline: the department rebuilt (what every terms save did)",
        () => refreshSpendAggregates(prisma, { departmentIds: [target.departmentId] }),
      ],
      [
        "contract terms (value, end date) or an amendment",
        async (i) => {
          await prisma.contract.update({
            where: { id: target.id },
            data: { currentValue: original.currentValue.plus(i + 1) },
          });
          return refreshAfterContractChange(prisma, target, "contract");
        },
      ],
      [
        "contract moved to another lot (its payments re-filed)",
        async (i) => {
          await prisma.contract.update({
            where: { id: target.id },
            data: { lotId: i % 2 === 0 ? otherLot.id : original.lotId },
          });
          return refreshAfterContractChange(prisma, target, "contract");
        },
      ],
      ["KPI added or assessed", () => refreshAfterContractChange(prisma, target, "kpis")],
      ["partnership member joined or left", () => refreshAfterContractChange(prisma, target, "partnership")],
      [
        "size declaration (the supplier's payments re-judged)",
        async (i) => {
          declared.push(await declareSize(prisma, payee.supplierId, payee.firstPaid, i % 2 === 0));
        },
      ],
    ];
    for (const [name, run] of kinds) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timed(() => run(i)));
      console.log(`${name.padEnd(58)} median ${seconds(median(times))}, min ${seconds(Math.min(...times))}`);
      reportFigure({
        name: `save refresh: ${name}`,
        value: median(times) / 1000,
        unit: "s",
        note: name.startsWith("baseline") ? "baseline, same run" : "target ≤ 1 s",
      });
    }
    const fellBack = declared.filter((d) => !d.refreshed).length;
    if (fellBack > 0) console.log(`  (${fellBack} size saves left their figures to the department rebuild)`);
    await prisma.contract.update({
      where: { id: target.id },
      data: { currentValue: original.currentValue, lotId: original.lotId },
    });
    await refreshSpendAggregates(prisma, { departmentIds: [target.departmentId] });
    // The bench's declarations go, and the figures follow as every size save once made them follow.
    await prisma.sizeDeclaration.deleteMany({ where: { id: { in: declared.map((d) => d.id) } } });
    const paidBy = await prisma.spendTransaction.findMany({
      where: { payeeSupplierId: payee.supplierId },
      distinct: ["departmentId"],
      select: { departmentId: true },
    });
    const rebuild = await timed(async () => {
      await refreshSpendAggregates(prisma, { departmentIds: paidBy.map((d) => d.departmentId) });
      await refreshMemberPartnerships(prisma, payee.supplierId);
    });
    console.log(
      `${`baseline: the ${paidBy.length} departments that paid it rebuilt`.padEnd(58)} one run ${seconds(rebuild)}`,
    );
    reportFigure({
      name: "save refresh: baseline: every department that paid the supplier rebuilt (what every size save did)",
      value: rebuild / 1000,
      unit: "s",
      note: "baseline, same run",
    });
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
