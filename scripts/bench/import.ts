// `npm run bench:import`: a 1,000,000-line spend file through the upload's own code path
// (lib/imports runSpendImport), then the same rows loaded with PostgreSQL COPY in the same run, into
// a table with SpendTransaction's indexes, with no indexes, and with its indexes and foreign keys.
// Prints the rates, the importer/COPY ratios and the importer's memory (at 100k rows, half, all, peak).
// DATABASE_URL must be a scratch database: the run adds a department, suppliers and 1M payments.
import { execFileSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { createSpendImport, runSpendImport } from "../../lib/imports/spend-import";
import { refreshDerivedInsight } from "../../lib/insight/refresh";
import { insightRefreshJob } from "../../lib/jobs/definitions/insight-refresh";
import { stopSender } from "../../lib/jobs/send";
import { createPrismaClient } from "../../lib/prisma-client";
import { reportFigure } from "./report";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SUPPLIERS = 2_000;
// The baseline the target is judged against: COPY into a table that is what the importer writes to.
const LIKE_FOR_LIKE = "same indexes and foreign keys as SpendTransaction";
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (rows: number, seconds: number) => Math.round(rows / seconds);

async function generateFile(file: string, tag: string) {
  const out = createWriteStream(file);
  out.write(
    "Department Family,Entity,Payment Date,Expense Type,Expense Area,Supplier,Transaction Number,Amount,Description\r\n",
  );
  for (let i = 1; i <= ROWS; i++) {
    const pence = 2_500_000 + ((i * 7919) % 50_000_000);
    const amount = `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`;
    const line = `Bench,Bench,${String((i % 28) + 1).padStart(2, "0")}/${String((i % 12) + 1).padStart(2, "0")}/2024,IT Services,Digital,Bench ${tag} Supplier ${i % SUPPLIERS} Ltd,${i % 10 === 0 ? "None" : 10_000_000 + i},"${amount}",Payment ${i}\r\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

// The destination's foreign keys, as SpendTransaction declares them: CREATE TABLE ... LIKE copies
// indexes but not foreign keys, whose checks (one lookup per key per row) are part of writing there.
async function foreignKeysOfSpend(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ definition: string }>(`
    SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE conrelid = '"SpendTransaction"'::regclass AND contype = 'f' ORDER BY conname`);
  return rows.map((r) => `ADD ${r.definition}`).join(", ");
}

async function copyBaseline(url: string, importId: string, dir: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dump = path.join(dir, "rows.copy");
  await pipeline(
    client.query(copyTo(`COPY (SELECT * FROM "SpendTransaction" WHERE "importId" = '${importId}') TO STDOUT`)),
    createWriteStream(dump),
  );
  const foreignKeys = await foreignKeysOfSpend(client);
  const results: Record<string, number> = {};
  const baselines = [
    ["same indexes as SpendTransaction", "INCLUDING ALL", ""],
    ["no indexes", "INCLUDING DEFAULTS", ""],
    [LIKE_FOR_LIKE, "INCLUDING ALL", foreignKeys],
  ] as const;
  for (const [name, like, constraints] of baselines) {
    await client.query(
      `DROP TABLE IF EXISTS bench_copy_spend; CREATE TABLE bench_copy_spend (LIKE "SpendTransaction" ${like})`,
    );
    if (constraints) await client.query(`ALTER TABLE bench_copy_spend ${constraints}`);
    const started = performance.now();
    await client.query("BEGIN");
    await pipeline(createReadStream(dump), client.query(copyFrom("COPY bench_copy_spend FROM STDIN")));
    await client.query("COMMIT");
    results[name] = (performance.now() - started) / 1000;
  }
  await client.query("DROP TABLE bench_copy_spend");
  await client.end();
  return results;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a scratch database");
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { stdio: "ignore", env: process.env });
  const db = createPrismaClient({ url, poolMax: 2 });
  const tag = Date.now().toString(36);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
  const file = path.join(dir, "spend.csv");
  try {
    const department = await db.department.create({ data: { name: `Benchmark ${tag}`, type: "CENTRAL_GOVERNMENT" } });
    await db.$executeRawUnsafe(`INSERT INTO "Supplier" (id, "legalName", "normalisedName", "updatedAt")
      SELECT 'bench-${tag}-' || n, 'Bench ${tag} Supplier ' || n || ' Ltd', 'bench ${tag} supplier ' || n, now() FROM generate_series(0, ${SUPPLIERS - 1}) n`);
    console.log(`Generating ${ROWS.toLocaleString("en-GB")} rows...`);
    await generateFile(file, tag);

    if (global.gc) global.gc();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const atRows: Record<number, number> = {};
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let stagedAt = 0;
    const onProgress = (rows: number) => {
      if (rows === ROWS) stagedAt = performance.now();
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      if (rows === 100_000 || rows === ROWS || rows === ROWS / 2) atRows[rows] = rss;
    };
    const started = performance.now();
    const record = await createSpendImport(db, {
      path: file,
      fileName: "bench.csv",
      format: "csv",
      departmentId: department.id,
      createdById: null,
    });
    const result = await runSpendImport({
      prisma: db,
      databaseUrl: url,
      importId: record.id,
      departmentId: department.id,
      path: file,
      format: "csv",
      actor: null,
      onProgress,
    });
    const importSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (result.status !== "COMPLETED") throw new Error(`Import ended ${result.status}`);

    // What derives from the roll-ups was queued with the import's commit; a worker runs it. Run here, timed apart.
    const [queued] = await db.$queryRaw<{ data: unknown }[]>`
      SELECT data FROM pgboss.job WHERE name = ${insightRefreshJob.name} AND data->'derivedOf' ? ${department.id}`;
    const target = queued && insightRefreshJob.schema.parse(queued.data);
    if (!target || !("derivedOf" in target)) throw new Error("The import queued no insight-refresh job");
    const derivedStarted = performance.now();
    await refreshDerivedInsight(db, target.derivedOf, target.years);
    const derivedSeconds = (performance.now() - derivedStarted) / 1000;

    const copy = await copyBaseline(url, record.id, dir);
    const importRate = rate(result.rowsWritten, importSeconds);
    console.log(`\nImporter (parse, validate, COPY to staging, match, INSERT ... SELECT ... ON CONFLICT):`);
    console.log(
      `  read, check and stage ${((stagedAt - started) / 1000).toFixed(1)} s; match and write ${(importSeconds - (stagedAt - started) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  ${result.rowsWritten.toLocaleString("en-GB")} rows in ${importSeconds.toFixed(1)} s = ${importRate.toLocaleString("en-GB")} rows/s, total £${result.totalAmount}`,
    );
    console.log(
      `  then on the worker: the derived figures (concentration, pledged vs delivered, KPIs, lock-in) ${derivedSeconds.toFixed(1)} s`,
    );
    const ratios: Record<string, number> = {};
    for (const [name, seconds] of Object.entries(copy)) {
      const copyRate = rate(result.rowsWritten, seconds);
      ratios[name] = (importRate / copyRate) * 100;
      console.log(
        `COPY of the same rows into a table with ${name}: ${seconds.toFixed(1)} s = ${copyRate.toLocaleString("en-GB")} rows/s; importer/COPY = ${ratios[name].toFixed(0)}%`,
      );
    }
    const judged = ratios[LIKE_FOR_LIKE]!;
    const copyRate = rate(result.rowsWritten, copy[LIKE_FOR_LIKE]!);
    reportFigure({ name: "import: 1M-line spend file", value: importRate, unit: "rows/s" });
    reportFigure({ name: "import: COPY like for like", value: copyRate, unit: "rows/s", note: "baseline, same run" });
    reportFigure({ name: "import: importer / COPY", value: judged, unit: "%", note: "target ≥ 60%" });
    reportFigure({ name: "import: derived refresh after it (job)", value: derivedSeconds, unit: "s" });
    for (const [rows, rss] of Object.entries(atRows))
      reportFigure({
        name: `import: importer RSS at ${Number(rows).toLocaleString("en-GB")} lines`,
        value: rss / 1048576,
        unit: "MB",
      });
    console.log(
      `Target: at least 60% of COPY into a table like the destination (${LIKE_FOR_LIKE}): ${judged.toFixed(0)}%, ${judged >= 60 ? "met" : "MISSED"}`,
    );
    console.log(
      `\nImporter memory (process RSS): before ${mb(baseline)}, at 100k rows ${mb(atRows[100_000] ?? 0)}, at ${(ROWS / 2).toLocaleString("en-GB")} rows ${mb(atRows[ROWS / 2] ?? 0)}, at ${ROWS.toLocaleString("en-GB")} rows ${mb(atRows[ROWS] ?? 0)}, peak ${mb(peak)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await stopSender();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
