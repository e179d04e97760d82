// The separate job worker of `npm run load -- --worker` (scripts/worker.ts, as `npm run worker` runs it), and what
// the queue's tables (pg-boss's pgboss.job) say it did during the run.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";

export type LoadWorker = { process: ChildProcess; problems: string[]; stop(): Promise<void> };

/** Starts the worker and waits for its "worker started" line; what it writes to stderr is kept for the report. */
export async function startLoadWorker(env: NodeJS.ProcessEnv): Promise<LoadWorker> {
  // node itself, not the tsx wrapper, so that the signal reaches the process that holds the jobs.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const problems: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => problems.push(...chunk.toString().split("\n").filter(Boolean)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The job worker did not start within 60 s")), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (!chunk.toString().includes("worker started")) return;
      clearTimeout(timer);
      resolve();
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The job worker exited as it started (${signal ?? code}): ${problems.slice(-3).join(" ")}`));
    });
  });
  return {
    process: child,
    problems,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // It finishes the jobs in hand (up to 30 s), then exits; after 35 s it is killed.
        const kill = setTimeout(() => child.kill("SIGKILL"), 35_000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** The database's clock: jobs are dated by it. */
export async function databaseNow(databaseUrl: string): Promise<Date> {
  return (await query<{ now: Date }>(databaseUrl, "SELECT now()"))[0]!.now;
}

export type JobCounts = { name: string; done: number; failed: number; waiting: number; p50Ms: number; maxMs: number };

/** Jobs created since `since`, by queue: completed, failed, still to run, and the time from sent to completed. */
export async function jobsSince(databaseUrl: string, since: Date): Promise<JobCounts[]> {
  // pg-boss creates its schema on first use: a fresh database that nothing has sent a job to has none.
  const [queue] = await query<{ present: boolean }>(
    databaseUrl,
    "SELECT to_regclass('pgboss.job') IS NOT NULL AS present",
  );
  if (!queue?.present) return [];
  const rows = await query<{ name: string; done: number; failed: number; waiting: number; p50: number; max: number }>(
    databaseUrl,
    `SELECT name,
            count(*) FILTER (WHERE state = 'completed')::int AS done,
            count(*) FILTER (WHERE state = 'failed')::int AS failed,
            count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS waiting,
            coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - created_on))
              FILTER (WHERE state = 'completed'), 0) * 1000 AS p50,
            coalesce(max(extract(epoch FROM completed_on - created_on)) FILTER (WHERE state = 'completed'), 0) * 1000 AS max
       FROM pgboss.job WHERE created_on >= $1 GROUP BY name ORDER BY name`,
    [since],
  );
  return rows.map((r) => ({ ...r, p50Ms: Number(r.p50), maxMs: Number(r.max) }));
}

/** Waits (up to `timeoutMs`) until no job created since `since` is still to run. */
export async function jobsSettled(databaseUrl: string, since: Date, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && (await jobsSince(databaseUrl, since)).some((j) => j.waiting > 0))
    await new Promise((r) => setTimeout(r, 500));
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A server shutting down (Ctrl-C) ends the session: the query rejects; the event must not crash the script.
  client.on("error", () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
