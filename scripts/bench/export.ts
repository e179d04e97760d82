// `npm run bench:export`: the streamed spend export against PostgreSQL's own COPY of the same rows.
// Prints rows/s for both, their ratio, and the server's memory before and at peak during the export.
// Targets: at least 50% of COPY's rate, and flat memory (peak close to the idle baseline).
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { BENCH_URL, ensureScaleDatabase, signIn, startServer, treeRssKb } from "./server";

const RUNS = 5;

/** Newlines in a chunk, counted with indexOf (native) rather than byte by byte in JavaScript. */
function countNewlines(chunk: Uint8Array): number {
  const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count++;
  return count;
}

async function timeExport(baseUrl: string, cookie: string, serverPid: number) {
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(serverPid))), 50);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/exports/spend?format=csv`, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`Export failed: ${response.status}`);
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

async function timeCopy(sql: string) {
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

async function main() {
  await ensureScaleDatabase();
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3300));
  try {
    const pid = server.process.pid!;
    const cookie = await signIn(server.baseUrl, "admin@partnerscope.example");
    await fetch(`${server.baseUrl}/api/exports/spend?format=csv&from=2099-01-01`, { headers: { Cookie: cookie } }).then(
      (r) => r.arrayBuffer(),
    );
    const idleKb = treeRssKb(pid);
    // The same SQL the export runs for an administrator (lib/exports/spend.ts), imported for the baseline.
    const { spendExportSql } = await import("../../lib/exports/spend");
    const { inlineSql } = await import("../../lib/exports/sql");
    const admin = {
      id: "",
      email: "",
      name: "",
      role: "ADMIN" as const,
      departmentId: null,
      supplierId: null,
      auditorDepartments: [],
    };
    const sql = inlineSql(spendExportSql(admin, { format: "csv", kind: "all" }));
    // The same columns without the formula rule (what the XLSX path selects), to show what the rule costs.
    const sqlWithoutRule = inlineSql(spendExportSql(admin, { format: "xlsx", kind: "all" }));
    const exports = [];
    const copies = [];
    const copiesWithoutRule = [];
    for (let i = 0; i < RUNS; i++) {
      exports.push(await timeExport(server.baseUrl, cookie, pid));
      copies.push(await timeCopy(sql));
      copiesWithoutRule.push(await timeCopy(sqlWithoutRule));
    }
    const rawCopy = await timeCopy(`SELECT * FROM "SpendTransaction"`);
    const best = (xs: Array<{ rows: number; seconds: number }>) => Math.max(...xs.map((x) => x.rows / x.seconds));
    const exportRate = best(exports);
    const copyRate = best(copies);
    console.log(
      "\nSpend export benchmark (best of %d runs; load average %s on %d cores)",
      RUNS,
      (await import("node:os"))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" "),
      (await import("node:os")).cpus().length,
    );
    console.log(
      `  rows exported             ${exports[0]!.rows.toLocaleString()} (${(exports[0]!.bytes / 1e6).toFixed(1)} MB CSV)`,
    );
    console.log(
      `  export over HTTP          ${Math.round(exportRate).toLocaleString()} rows/s   (runs: ${exports.map((e) => e.seconds.toFixed(2) + " s").join(", ")})`,
    );
    console.log(`  COPY of the same query    ${Math.round(copyRate).toLocaleString()} rows/s   (baseline, same run)`);
    console.log(
      `  same, without formula rule ${Math.round(best(copiesWithoutRule)).toLocaleString()} rows/s   (what neutralising text in SQL costs)`,
    );
    console.log(
      `  COPY of the bare table    ${Math.round(rawCopy.rows / rawCopy.seconds).toLocaleString()} rows/s   (no joins, for reference)`,
    );
    console.log(`  ratio export / COPY       ${((exportRate / copyRate) * 100).toFixed(0)}%   (target ≥ 50%)`);
    console.log(`  server memory idle        ${(idleKb / 1024).toFixed(0)} MB`);
    console.log(
      `  server memory peak        ${(Math.max(...exports.map((e) => e.peakKb)) / 1024).toFixed(0)} MB during a ${(exports[0]!.bytes / 1e6).toFixed(0)} MB export (flat if close to idle)`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
