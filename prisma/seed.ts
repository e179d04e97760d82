// Demo and benchmark data.
//   tsx prisma/seed.ts [--scale benchmark|national] [--suppliers N] [--contracts N] [--spend-rows N] [--seed N] [--if-empty]
// Without flags: the demo data set (about 300 suppliers, 400 contracts, 30,000 spend rows). --scale names a
// size (prisma/seed/scales.ts): benchmark is 1,000,000 payments, national 10,000,000; flags after it override.
// --if-empty: do nothing when any user exists (for start scripts). The database must otherwise
// hold no demo data: the seed refuses rather than mixing data sets.
import { DEFAULT_SEED_OPTIONS, DEMO_USERS, type SeedOptions, formatSummary, seedDemo } from "./seed/index";
import { isSeedScale, SEED_SCALES } from "./seed/scales";
import { refreshSpendAggregates } from "../lib/insight/refresh";
import { createPrismaClient, poolMaxFromEnv } from "../lib/prisma-client";
import { DatabaseEnvShape, readEnv } from "../lib/env";

const USAGE =
  "Usage: tsx prisma/seed.ts [--scale benchmark|national] [--suppliers N] [--contracts N] [--spend-rows N] [--seed N] [--if-empty]";

type Cli = { options: Partial<SeedOptions>; ifEmpty: boolean };

const NUMERIC_FLAGS: Record<string, "suppliers" | "contracts" | "spendRows" | "seed"> = {
  "--suppliers": "suppliers",
  "--contracts": "contracts",
  "--spend-rows": "spendRows",
  "--seed": "seed",
};

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { options: {}, ifEmpty: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag = "", inline] = (argv[i] ?? "").split("=", 2);
    if (flag === "--if-empty") {
      cli.ifEmpty = true;
      continue;
    }
    if (flag === "--scale") {
      const name = inline ?? argv[++i] ?? "";
      if (!isSeedScale(name)) throw new Error(`--scale is benchmark or national, got ${name || "nothing"}\n${USAGE}`);
      Object.assign(cli.options, SEED_SCALES[name]);
      continue;
    }
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    const key = NUMERIC_FLAGS[flag];
    if (!key) throw new Error(`Unknown argument ${flag}\n${USAGE}`);
    const raw = inline ?? argv[++i];
    const value = Number(raw?.replace(/_/g, ""));
    if (raw === undefined || !Number.isSafeInteger(value) || value < 0)
      throw new Error(`${flag} needs a whole number ≥ 0, got ${raw ?? "nothing"}`);
    cli.options[key] = value;
  }
  return cli;
}

async function main(): Promise<number> {
  const cli = parseArgs(process.argv.slice(2));
  const url = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const prisma = createPrismaClient({ url, poolMax: poolMaxFromEnv() });
  try {
    if (cli.ifEmpty && (await prisma.user.count()) > 0) {
      console.log("Database already has data; seed skipped");
      return 0;
    }
    const [departments, suppliers, frameworks, demoUsers] = await Promise.all([
      prisma.department.count(),
      prisma.supplier.count(),
      prisma.framework.count(),
      prisma.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } }),
    ]);
    if (departments + suppliers + frameworks + demoUsers > 0) {
      console.error(
        `The database already holds data (${departments} departments, ${suppliers} suppliers, ${frameworks} frameworks, ` +
          `${demoUsers} demo users). Seed an empty, migrated database, or pass --if-empty to skip.`,
      );
      return 1;
    }
    const options = { ...DEFAULT_SEED_OPTIONS, ...cli.options };
    console.log(
      `Seeding: ${options.suppliers} suppliers, ${options.contracts} contracts, ${options.spendRows} spend rows, seed ${options.seed}`,
    );
    const summary = await seedDemo(prisma, { ...cli.options, log: (line) => console.log(line) });
    console.log(formatSummary(summary));
    const aggregated = performance.now();
    await refreshSpendAggregates(prisma);
    console.log(`Insight spend aggregates rebuilt in ${((performance.now() - aggregated) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
