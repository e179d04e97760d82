// `npm run bench:scale` (not a test): the dashboards, saves, import and export benchmarks at one million
// payments (BENCH_DATABASE_URL, `seed --scale benchmark`) and at ten million (BENCH_NATIONAL_URL, `seed --scale
// national`), each database seeded when empty, then one table in docs/benchmarks.md: every figure at both
// scales, its growth factor, and the baselines each benchmark measures in the same run. The import runs on a
// copy of each database (CREATE DATABASE ... TEMPLATE), so the ledgers stay as seeded. Measure with nothing
// else running.
//   npm run bench:scale [-- --only dashboards,saves,import,export] [--scales benchmark,national] [--runs N (dashboards)]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Figure } from "./report";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "dashboards,saves,export,import" },
    scales: { type: "string", default: "benchmark,national" },
    runs: { type: "string" },
  },
});
const BENCHMARKS = values.only.split(",");
const SCALES = [
  {
    name: "benchmark",
    label: "1M payments",
    url: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/partnerscope_bench",
  },
  {
    name: "national",
    label: "10M payments",
    url: process.env.BENCH_NATIONAL_URL ?? "postgresql://postgres@127.0.0.1:5432/partnerscope_national",
  },
].filter((s) => values.scales.split(",").includes(s.name));
// Saves and exports take seconds to minutes each at ten million payments: fewer runs (their medians and bests).
const RUNS_OF: Record<string, string[]> = { saves: ["--runs", "3"], export: ["--runs", "2"] };
const DOC = "docs/benchmarks.md";
const START = "<!-- bench:scale:start -->";
const END = "<!-- bench:scale:end -->";

function runBenchmark(script: string, env: Record<string, string>, args: string[] = []) {
  execFileSync("node_modules/.bin/tsx", [`scripts/bench/${script}.ts`, ...args], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
}

async function withCopyOf<T>(url: string, run: (copyUrl: string) => Promise<T> | T): Promise<T> {
  const name = new URL(url).pathname.slice(1);
  const copy = `${name}_import_copy`;
  const admin = new pg.Client({ connectionString: url.replace(`/${name}`, "/postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${copy}"`);
    await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${name}"`);
    return await run(url.replace(`/${name}`, `/${copy}`));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${copy}"`);
    await admin.end();
  }
}

async function measureScale(scale: (typeof SCALES)[number], dir: string): Promise<Figure[]> {
  const report = path.join(dir, `${scale.name}.jsonl`);
  const env = { BENCH_DATABASE_URL: scale.url, BENCH_SCALE: scale.name, BENCH_REPORT: report };
  const runs = values.runs ? ["--runs", values.runs] : [];
  for (const benchmark of BENCHMARKS) {
    console.log(`\n=== ${benchmark} at ${scale.label} ===`);
    if (benchmark === "import")
      await withCopyOf(scale.url, (copyUrl) => runBenchmark("import", { ...env, DATABASE_URL: copyUrl }));
    else runBenchmark(benchmark, env, RUNS_OF[benchmark] ?? runs);
  }
  if (!existsSync(report)) return [];
  return readFileSync(report, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Figure);
}

const shown = (f: Figure | undefined) => {
  if (!f) return "–";
  const digits = f.unit === "s" ? 2 : 0;
  const value = f.value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return f.unit === "%" ? `${value}%` : `${value} ${f.unit}`;
};

function table(byScale: Map<string, Figure[]>): string {
  const names = [...new Set([...byScale.values()].flat().map((f) => f.name))];
  const [small, large] = SCALES.map((s) => new Map((byScale.get(s.name) ?? []).map((f) => [f.name, f])));
  const header = `| Figure | ${SCALES.map((s) => s.label).join(" | ")} | growth | baseline or target |`;
  const rows = names.map((name) => {
    const a = small?.get(name);
    const b = large?.get(name);
    const growth = a && b && a.value > 0 && a.unit !== "%" ? `${(b.value / a.value).toFixed(2)}×` : "–";
    const cells = SCALES.length === 2 ? [shown(a), shown(b), growth] : [shown(a ?? b), "–"];
    return `| ${name} | ${cells.join(" | ")} | ${(a ?? b)?.note ?? ""} |`;
  });
  const divider = `|---|${SCALES.map(() => "--:").join("|")}|--:|---|`;
  return [header, divider, ...rows].join("\n");
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  try {
    const byScale = new Map<string, Figure[]>();
    for (const scale of SCALES) byScale.set(scale.name, await measureScale(scale, dir));
    const when = new Date().toISOString().slice(0, 16).replace("T", " ");
    const section = [
      START,
      `Measured by \`npm run bench:scale\` on ${when} UTC (${os.cpus().length} cores; load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; benchmarks: ${BENCHMARKS.join(", ")}). Growth is the 10M figure over the 1M one.`,
      "",
      table(byScale),
      END,
    ].join("\n");
    const doc = readFileSync(DOC, "utf8");
    const next = doc.includes(START)
      ? doc.slice(0, doc.indexOf(START)) + section + doc.slice(doc.indexOf(END) + END.length)
      : `${doc.trimEnd()}\n\n## At one and ten million payments\n\n${section}\n`;
    writeFileSync(DOC, next);
    console.log(`\n${section}\n\nWritten to ${DOC}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
