// `npm run load`: N signed-in users across the demo roles browse a production build on real PostgreSQL
// (dashboards, contract registers and pages, supplier and partner searches, frameworks)
// for a fixed time, then throughput, latency percentiles and errors are printed. Targets 127.0.0.1 only and
// stops the server it started. Options: --users 100 --seconds 60 --think-ms 5000 --port 3208 (a person reads a page for seconds; 1000 is a stress test)
// Database: LOAD_DATABASE_URL (default partnerscope_load on the local server), migrated and given demo data.
// process.env is read directly: this script builds the environment of the server it starts.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { availableParallelism, loadavg } from "node:os";
import { percentile, signIn, startServer, treeCpuSeconds } from "./bench/server";

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "100" },
    seconds: { type: "string", default: "60" },
    "think-ms": { type: "string", default: "5000" },
    port: { type: "string", default: "3208" },
  },
});
const USERS = Number(values.users);
const SECONDS = Number(values.seconds);
const THINK_MS = Number(values["think-ms"]);
const PORT = Number(values.port);
const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/partnerscope_load";
const BASE = `http://127.0.0.1:${PORT}`;
const ROLES = ["admin", "lead.nhse", "lead.hmrc", "supplier.palantir", "supplier.cf", "auditor", "auditor.all"].map(
  (u) => `${u}@partnerscope.example`,
);

if (!["127.0.0.1", "localhost"].includes(new URL(DATABASE_URL).hostname))
  throw new Error("The load script only targets this machine: LOAD_DATABASE_URL must be local");

async function ensureDemoDatabase() {
  const name = new URL(DATABASE_URL).pathname.slice(1);
  const admin = new pg.Client({ connectionString: DATABASE_URL.replace(`/${name}`, "/postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  await admin.end();
  const env = { ...process.env, DATABASE_URL };
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { stdio: "ignore", env });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts", "--if-empty"], { stdio: "inherit", env });
}

const BUYER_PAGES = ["/insight", "/insight?from=2025-04&to=2026-03", "/insight/partnerships", "/insight/contracts"];
const WRITER_PAGES = ["/partner-search?q=data", "/partner-search?sme=sme&sort=contracts"];

/** The pages a role can open, found by reading its own list pages (so every request should answer 200). */
async function pagesFor(cookie: string, email: string): Promise<string[]> {
  const buyer = !email.startsWith("supplier.");
  const writer = email.startsWith("admin") || email.startsWith("lead.");
  const links = async (path: string, pattern: RegExp) => {
    const html = await (await fetch(`${BASE}${path}`, { headers: { Cookie: cookie } })).text();
    return [...new Set([...html.matchAll(pattern)].map((m) => m[0]))].slice(0, 20);
  };
  const contracts = await links("/contracts", /\/contracts\/c[a-z0-9]{20,}/g);
  const suppliers = await links("/suppliers", /\/suppliers\/c[a-z0-9]{20,}/g);
  const frameworks = await links("/frameworks", /\/frameworks\/c[a-z0-9]{20,}/g);
  return [
    "/",
    "/contracts",
    "/contracts?sort=title&dir=asc",
    "/contracts?sort=currentValue&dir=desc&page=2",
    "/contracts?q=data",
    "/contracts?q=platform&status=ACTIVE",
    "/suppliers",
    "/suppliers?q=ltd",
    "/frameworks",
    ...contracts,
    ...suppliers,
    ...frameworks,
    ...(buyer ? BUYER_PAGES : []),
    ...(writer ? WRITER_PAGES : []),
  ];
}

type Sample = { path: string; ms: number; ok: boolean; error?: string };

async function browse(cookie: string, pages: string[], until: number, samples: Sample[]) {
  // Users arrive spread over one think time, not all in the same millisecond.
  await new Promise((r) => setTimeout(r, Math.random() * THINK_MS));
  while (Date.now() < until) {
    const path = pages[Math.floor(Math.random() * pages.length)]!;
    const started = performance.now();
    try {
      const response = await fetch(`${BASE}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
      await response.arrayBuffer();
      samples.push({
        path,
        ms: performance.now() - started,
        ok: response.status === 200,
        error: response.status === 200 ? undefined : `HTTP ${response.status}`,
      });
    } catch (error) {
      samples.push({ path, ms: performance.now() - started, ok: false, error: (error as Error).message });
    }
    if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
  }
}

async function main() {
  await ensureDemoDatabase();
  console.log(`Starting next start on ${BASE} (building first if needed)…`);
  const server = await startServer(PORT, DATABASE_URL);
  const stop = () => void server.stop().then(() => process.exit(130));
  process.on("SIGINT", stop);
  try {
    const cookies: string[] = [];
    // Sign in a few at a time: argon2 verification is deliberately slow.
    for (let i = 0; i < USERS; i += 4) {
      cookies.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(4, USERS - i) }, (_, k) => signIn(BASE, ROLES[(i + k) % ROLES.length]!)),
        )),
      );
    }
    const pagesByRole = await Promise.all(ROLES.map((email, r) => pagesFor(cookies[r]!, email)));
    console.log(`${USERS} users signed in; browsing for ${SECONDS} s (think time ${THINK_MS} ms ±50%)…`);
    const samples: Sample[] = [];
    const started = Date.now();
    const cpuBefore = treeCpuSeconds(server.process.pid!);
    await Promise.all(
      cookies.map((cookie, i) => browse(cookie, pagesByRole[i % ROLES.length]!, started + SECONDS * 1000, samples)),
    );
    const cpu = treeCpuSeconds(server.process.pid!) - cpuBefore;
    report(samples, (Date.now() - started) / 1000);
    console.log(
      `\nServer CPU ${cpu.toFixed(1)} s = ${((cpu * 1000) / samples.length).toFixed(1)} ms per request; machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
  } finally {
    await server.stop();
  }
}

function report(samples: Sample[], seconds: number) {
  const ms = samples.map((s) => s.ms);
  const errors = samples.filter((s) => !s.ok);
  const f = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `\nRequests  ${samples.length} in ${seconds.toFixed(1)} s = ${(samples.length / seconds).toFixed(1)} req/s`,
  );
  console.log(
    `Latency   p50 ${f(percentile(ms, 50))}  p95 ${f(percentile(ms, 95))}  p99 ${f(percentile(ms, 99))}  max ${f(Math.max(...ms))}`,
  );
  console.log(
    `Target    zero errors and p99 under 1 s: ${errors.length === 0 && percentile(ms, 99) < 1000 ? "met" : "MISSED"}`,
  );
  console.log(
    `Errors    ${errors.length}${errors.length ? `: ${[...new Set(errors.map((e) => `${e.error} ${e.path}`))].slice(0, 10).join("; ")}` : ""}`,
  );
  const byPage = new Map<string, number[]>();
  for (const s of samples) {
    const key = s.path.replace(/\/c[a-z0-9]{20,}/, "/[id]").replace(/\?.*/, "?…");
    byPage.set(key, [...(byPage.get(key) ?? []), s.ms]);
  }
  console.log("\nPage                 requests    p50     p95     p99");
  for (const [page, list] of [...byPage].sort()) {
    console.log(
      `${page.padEnd(20)} ${String(list.length).padStart(8)} ${f(percentile(list, 50)).padStart(7)} ${f(percentile(list, 95)).padStart(7)} ${f(percentile(list, 99)).padStart(7)}`,
    );
  }
  process.exitCode = errors.length ? 1 : 0;
}

void main();
