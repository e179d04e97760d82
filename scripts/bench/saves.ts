// `npm run bench:saves` (not a test): on the scale-seeded benchmark database (scripts/bench/server.ts), times
// the dashboards' refresh after each kind of save to one contract of the department with the most payments,
// as the insight-refresh job runs it, and in the same run the department rebuild each refresh once was (the
// baseline). The contract's terms are put back at the end.
//   npm run bench:saves [-- --runs 5]
import type { PrismaClient } from "@prisma/client";
import { refreshSpendAggregates } from "../../lib/insight/refresh";
import { refreshAfterContractChange } from "../../lib/insight/refresh-contract";
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

async function main() {
  await ensureScaleDatabase();
  const prisma = createPrismaClient({ url: BENCH_URL, poolMax: 4 });
  try {
    const spendRows = await prisma.spendTransaction.count();
    const target = await busiestContract(prisma);
    const original = await prisma.contract.findUniqueOrThrow({ where: { id: target.id } });
    const otherLot = await prisma.lot.findFirstOrThrow({ where: { id: { not: original.lotId ?? "" } } });
    console.log(
      `${spendRows.toLocaleString()} payments; department with the most: ${target.departmentPayments.toLocaleString()}; ` +
        `its contract with the most: ${target.payments.toLocaleString()} payments. ${RUNS} runs each.`,
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
    await prisma.contract.update({
      where: { id: target.id },
      data: { currentValue: original.currentValue, lotId: original.lotId },
    });
    await refreshSpendAggregates(prisma, { departmentIds: [target.departmentId] });
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
