// `npm run bench:dashboards` (not a test): on the scale-seeded benchmark database (scripts/bench/server.ts)
// starts a production server, signs in through next-auth's credentials endpoint as a commercial lead and
// as an administrator, requests each dashboard page, and in the same run executes the bare SQL each page
// runs. With BENCH_URL (and DATABASE_URL, the server's database) it measures a server already running.
//   npm run bench:dashboards [-- --runs 20]
// Prints p50/p95 per page and per SQL set, and their ratio (targets: p95 ≤ 300 ms and ≤ 2× the SQL), and the same
// for a signed-in page that runs no aggregate: the floor every page pays before its SQL.
import type { Prisma } from "@prisma/client";
import { InsightFiltersSchema } from "../../lib/insight/schema";
import * as C from "../../lib/insight/sql-contracts";
import type { SqlScope } from "../../lib/insight/sql-scope";
import * as S from "../../lib/insight/sql-spend";
import { createPrismaClient } from "../../lib/prisma-client";
import { BENCH_URL, ensureScaleDatabase, percentile, signIn, startServer, type Server } from "./server";
import { ukIsoDate } from "../../lib/dates/format";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const WARMUP = 3;
const TODAY = ukIsoDate();
const filters = InsightFiltersSchema.parse({});

// What each page runs, mirroring lib/insight/queries.ts, partnership-queries.ts and contract-queries.ts (in parallel there, so in parallel here).
const PAGES: { path: string; sql: (s: SqlScope) => Prisma.Sql[] }[] = [
  {
    path: "/insight",
    sql: (s) => [
      S.spendByMonthSql(s),
      S.spendByLotSql(s),
      S.spendByRouteSql(s),
      S.topSuppliersSql(s, 10),
      S.smeByYearSql(s),
    ],
  },
  {
    path: "/insight/partnerships",
    sql: (s) => [
      S.pledgedVsDeliveredSql(s, 50),
      S.concentrationSql(s, "capability"),
      S.concentrationSql(s, "department"),
    ],
  },
  {
    path: "/insight/contracts",
    sql: (s) => [
      C.lockInDistributionSql(s),
      C.riskiestContractsSql(s, 20),
      C.renewalsSql(s, TODAY, 50),
      C.kpiRatingsSql(s),
      C.overdueAssessmentsSql(s, TODAY, 50),
    ],
  },
];

const FLOOR_PAGE = "/insight/lock-in-method";

const ROLES = [
  { label: "commercial lead", email: "lead.nhse@partnerscope.example" },
  { label: "administrator", email: "admin@partnerscope.example" },
];

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b);
}
const pct = percentile;

async function main() {
  let server: Server | undefined;
  if (!process.env.BENCH_URL) {
    await ensureScaleDatabase();
    server = await startServer(Number(process.env.BENCH_PORT ?? 3301));
  }
  const BASE = process.env.BENCH_URL ?? server!.baseUrl;
  const url = process.env.BENCH_URL ? process.env.DATABASE_URL : BENCH_URL;
  if (!url) throw new Error("With BENCH_URL, set DATABASE_URL to the database that server runs on");
  try {
    await measure(BASE, url);
  } finally {
    await server?.stop();
  }
}

async function measure(BASE: string, url: string) {
  const db = createPrismaClient({ url, poolMax: 10 });
  const counts = await db.$queryRaw<{ spend: bigint; contracts: bigint; suppliers: bigint }[]>`
    SELECT (SELECT COUNT(*) FROM "SpendTransaction") AS spend, (SELECT COUNT(*) FROM "Contract") AS contracts, (SELECT COUNT(*) FROM "Supplier") AS suppliers`;
  console.log(
    `Data: ${counts[0]?.spend} spend rows, ${counts[0]?.contracts} contracts, ${counts[0]?.suppliers} suppliers; ${RUNS} runs after ${WARMUP} warm-up, ${BASE}`,
  );
  console.log(["role", "page", "page p50", "page p95", "SQL p50", "SQL p95", "p95 ratio", "targets"].join("\t"));
  for (const role of ROLES) {
    const user = await db.user.findUniqueOrThrow({ where: { email: role.email } });
    const scope: SqlScope = {
      departments: user.role === "ADMIN" ? "ALL" : user.departmentId ? [user.departmentId] : [],
      filters,
    };
    const cookie = await signIn(BASE, role.email);
    const request = (path: string) =>
      time(async () => {
        const res = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        await res.text();
      });
    // The floor: a signed-in page of the same layout that runs no aggregate (session, layout, rendering).
    const floor = await request(FLOOR_PAGE);
    console.log(
      [
        role.label,
        `${FLOOR_PAGE} (floor: no aggregate)`,
        pct(floor, 50).toFixed(0),
        pct(floor, 95).toFixed(0),
        "-",
        "-",
        "-",
        "-",
      ].join("\t"),
    );
    for (const page of PAGES) {
      const pageTimes = await request(page.path);
      const sqlTimes = await time(() => Promise.all(page.sql(scope).map((q) => db.$queryRaw(q))));
      const p95 = pct(pageTimes, 95);
      const ratio = p95 / pct(sqlTimes, 95);
      const ok = `${p95 <= 300 ? "≤300ms ok" : "≤300ms MISSED"}, ${ratio <= 2 ? "≤2× ok" : "≤2× MISSED"}`;
      console.log(
        [
          role.label,
          page.path,
          pct(pageTimes, 50).toFixed(0),
          p95.toFixed(0),
          pct(sqlTimes, 50).toFixed(0),
          pct(sqlTimes, 95).toFixed(0),
          ratio.toFixed(2),
          ok,
        ].join("\t"),
      );
    }
  }
  console.log(`\nA page's time is the floor (signing the session, layout, rendering the page) plus its SQL; the 2× target is
reachable only where the SQL p95 is at least the floor's p95.`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
