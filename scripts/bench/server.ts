// Shared by the benchmark scripts: a scale-seeded database, a production server on it, a signed-in session.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import pg from "pg";
import { SEED_SCALES } from "../../prisma/seed/scales";

export const BENCH_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/partnerscope_bench";
// BENCH_SCALE=national (bench:scale sets it) seeds and checks ten million payments instead of one.
const SCALE_NAME = process.env.BENCH_SCALE === "national" ? "national" : "benchmark";
export const SCALE = SEED_SCALES[SCALE_NAME];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: BENCH_URL, ...env } });
}

/**
 * Creates, migrates and seeds the benchmark database at scale when it is empty. A database that already holds
 * data is measured as it is (a smaller one for a quick check, or a larger one), saying so when below SCALE.
 */
export async function ensureScaleDatabase() {
  const url = new URL(BENCH_URL);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: BENCH_URL.replace(`/${name}`, "/postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  await admin.end();
  run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  const { rows } = await db.query<{ spend: number; departments: number }>(
    `SELECT (SELECT count(*) FROM "SpendTransaction")::int AS spend, (SELECT count(*) FROM "Department")::int AS departments`,
  );
  await db.end();
  const { spend, departments } = rows[0]!;
  // The seed leaves out the odd payment whose share rounds to nothing (9,999,999 of 10,000,000).
  const seeded = spend >= SCALE.spendRows * 0.999;
  if (!seeded && departments > 0) {
    console.log(
      `${name} already holds data (${spend.toLocaleString()} spend rows, below the benchmark's ` +
        `${SCALE.spendRows.toLocaleString()}): measuring it as it is; its figures do not compare with docs/benchmarks.md.`,
    );
  } else if (!seeded) {
    console.log(`Seeding ${name} at scale (${SCALE.spendRows.toLocaleString()} spend rows; a couple of minutes)…`);
    run("node_modules/.bin/tsx", ["prisma/seed.ts", "--scale", SCALE_NAME]);
  }
}

// A strong secret per run: production mode refuses placeholders (lib/env.ts), and sessions live for one run only.
const SECRET = randomBytes(36).toString("base64");

export type Server = { baseUrl: string; process: ChildProcess; stop(): Promise<void> };

/** `next start` on the benchmark database, or another (building first when there is no build); `extraEnv` adds to its environment. */
export async function startServer(
  port: number,
  databaseUrl = BENCH_URL,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const env = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!existsSync(".next/BUILD_ID")) run("node_modules/.bin/next", ["build"], env);
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env, stdio: "ignore" });
  const baseUrl = `http://localhost:${port}`;
  // Until it answers, for up to a minute, unless it has ended (a Ctrl-C reaches it too).
  for (let i = 0; i < 120 && child.exitCode === null && child.signalCode === null; i++) {
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    process: child,
    stop: () =>
      new Promise((resolve) =>
        // A child ended by a signal (Ctrl-C reaches it too) has a signalCode and no exitCode.
        child.exitCode !== null || child.signalCode !== null
          ? resolve()
          : (child.once("exit", () => resolve()), child.kill("SIGTERM")),
      ),
  };
}

/** Signs in through next-auth's credentials endpoint, as a browser would; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password = "partnerscope-demo"): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!, v.join("="));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in failed for ${email}`);
  return cookie();
}

/** Resident memory (kB) of a process and all its descendants, from /proc. */
export function treeRssKb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return total;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** CPU seconds (user + system) used so far by a process and its descendants, from /proc. */
export function treeCpuSeconds(rootPid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      stats.set(Number(entry), stat.slice(stat.lastIndexOf(")") + 2).split(" "));
    } catch {
      // Gone.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, f] of stats) if (Number(f[1]) === tree[i]) tree.push(pid);
  return tree.reduce(
    (sum, pid) => sum + (Number(stats.get(pid)?.[11] ?? 0) + Number(stats.get(pid)?.[12] ?? 0)) / ticks,
    0,
  );
}
