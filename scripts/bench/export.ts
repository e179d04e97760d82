// `npm run bench:export`: the streamed exports against PostgreSQL's own COPY of the same rows, in the same run:
// the full spend CSV, then the contract register's CSV (default order, as an administrator).
// Prints rows/s for each export and its COPY, their ratio, and the server's memory before and at peak.
// Targets: at least 50% of COPY's rate, and flat memory (peak close to the idle baseline).
// The register is as large as the benchmark database's contracts (100,000 at SCALE; seed a database with
// `--contracts 300000` and point BENCH_DATABASE_URL at it for the 300,000 of issue #21).
import os from "node:os";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { BENCH_URL, ensureScaleDatabase, signIn, startServer, treeRssKb } from "./server";
import { reportFigure } from "./report";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** Newlines in a chunk, counted with indexOf (native) rather than byte by byte in JavaScript. */
function countNewlines(chunk: Uint8Array): number {
  const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count++;
  return count;
}

type Run = { rows: number; seconds: number };
type Download = Run & { bytes: number; peakKb: number };

async function timeExport(url: string, cookie: string, serverPid: number): Promise<Download> {
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(serverPid))), 50);
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`Export failed: ${response.status} ${url}`);
  let newlines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    newlines += countNewlines(chunk);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { rows: newlines - 1, bytes, seconds, peakKb };
}

async function timeCopy(sql: string): Promise<Run> {
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const started = performance.now();
  let newlines = 0;
  for await (const chunk of client.query(
    copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`),
  ) as AsyncIterable<Buffer>) {
    newlines += countNewlines(chunk);
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return { rows: newlines - 1, seconds };
}

const best = (xs: Run[]) => Math.max(...xs.map((x) => x.rows / x.seconds));
const rate = (r: number) => `${Math.round(r).toLocaleString()} rows/s`;

/** RUNS downloads over HTTP, each followed by COPY of the same query (and of any extra queries) in the same run. */
async function measure(url: string, cookie: string, pid: number, sql: string, extras: string[] = []) {
  const downloads: Download[] = [];
  const copies: Run[] = [];
  const extraCopies: Run[][] = extras.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    downloads.push(await timeExport(url, cookie, pid));
    copies.push(await timeCopy(sql));
    for (const [j, extra] of extras.entries()) extraCopies[j]!.push(await timeCopy(extra));
  }
  return { downloads, exportRate: best(downloads), copyRate: best(copies), extraRates: extraCopies.map(best) };
}

function report(title: string, idleKb: number, m: Awaited<ReturnType<typeof measure>>, lines: string[] = []) {
  const first = m.downloads[0]!;
  console.log(
    `\n${title} (best of ${RUNS} runs; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${os.cpus().length} cores)`,
  );
  console.log(`  rows exported             ${first.rows.toLocaleString()} (${(first.bytes / 1e6).toFixed(1)} MB CSV)`);
  console.log(
    `  export over HTTP          ${rate(m.exportRate)}   (runs: ${m.downloads.map((e) => e.seconds.toFixed(2) + " s").join(", ")})`,
  );
  console.log(`  COPY of the same query    ${rate(m.copyRate)}   (baseline, same run)`);
  for (const line of lines) console.log(line);
  console.log(`  ratio export / COPY       ${((m.exportRate / m.copyRate) * 100).toFixed(0)}%   (target ≥ 50%)`);
  const peakMb = Math.max(...m.downloads.map((e) => e.peakKb)) / 1024;
  reportFigure({ name: `${title}: rows`, value: first.rows, unit: "rows" });
  reportFigure({ name: `${title}: over HTTP`, value: m.exportRate, unit: "rows/s" });
  reportFigure({
    name: `${title}: COPY of the same query`,
    value: m.copyRate,
    unit: "rows/s",
    note: "baseline, same run",
  });
  reportFigure({
    name: `${title}: export / COPY`,
    value: (m.exportRate / m.copyRate) * 100,
    unit: "%",
    note: "target ≥ 50%",
  });
  reportFigure({
    name: `${title}: server memory peak`,
    value: peakMb,
    unit: "MB",
    note: `idle ${(idleKb / 1024).toFixed(0)} MB`,
  });
  console.log(`  server memory idle        ${(idleKb / 1024).toFixed(0)} MB`);
  console.log(
    `  server memory peak        ${(Math.max(...m.downloads.map((e) => e.peakKb)) / 1024).toFixed(0)} MB during a ${(first.bytes / 1e6).toFixed(0)} MB export (flat if close to idle)`,
  );
}

async function main() {
  await ensureScaleDatabase();
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3300));
  try {
    const pid = server.process.pid!;
    const cookie = await signIn(server.baseUrl, "admin@partnerscope.example");
    // Warm both routes up on empty results before the idle reading.
    for (const path of ["/api/exports/spend?format=csv&from=2099-01-01", "/api/contracts/export?q=no-such-contract-x"])
      await fetch(`${server.baseUrl}${path}`, { headers: { Cookie: cookie } }).then((r) => r.arrayBuffer());
    const idleKb = treeRssKb(pid);
    // The same SQL each export runs for an administrator, imported for the baselines.
    const { spendExportSql } = await import("../../lib/exports/spend");
    const { registerExportSql } = await import("../../lib/exports/register");
    const { ContractListParamsSchema } = await import("../../lib/contracts/schema");
    const { inlineSql } = await import("../../lib/exports/sql");
    const admin = { role: "ADMIN" as const, departmentId: null, supplierId: null, auditorDepartments: [] };

    const spend = await measure(
      `${server.baseUrl}/api/exports/spend?format=csv`,
      cookie,
      pid,
      inlineSql(spendExportSql(admin, { format: "csv", kind: "all" })),
      // The same columns without the formula rule (what the XLSX path selects), to show what the rule costs.
      [inlineSql(spendExportSql(admin, { format: "xlsx", kind: "all" }))],
    );
    const rawCopy = await timeCopy(`SELECT * FROM "SpendTransaction"`);
    report("Spend export benchmark", idleKb, spend, [
      `  same, without formula rule ${rate(spend.extraRates[0]!)}   (what neutralising text in SQL costs)`,
      `  COPY of the bare table    ${rate(rawCopy.rows / rawCopy.seconds)}   (no joins, for reference)`,
    ]);

    // The register's default view (end date, latest first); its KPI flags are judged today, as the route does.
    const register = await measure(
      `${server.baseUrl}/api/contracts/export`,
      cookie,
      pid,
      inlineSql(registerExportSql(admin, ContractListParamsSchema.parse({}))),
    );
    report("Register CSV benchmark", idleKb, register);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
