// `npm run load`: N signed-in users across the demo roles browse production builds on real PostgreSQL
// (dashboards, contract registers and pages, supplier and partner searches, frameworks) for a fixed time, then
// throughput, latency percentiles and errors are printed, per app instance and overall, with a PASS/FAIL line
// against the target of issue 21 (zero errors, p99 under 1 s). Targets 127.0.0.1 only; stops everything it started,
// also on Ctrl-C or an error. Options (scripts/load/ holds the parts):
//   --users 100 --seconds 60 --think-ms 5000   a person reads a page for seconds; 1000 is a stress test
//   --port 3208 --instances 1                   `next start` on port, port+1, …; each request goes to the next one
//   --worker                                    a separate job worker (`npm run worker`); the app never runs jobs itself
//   --write-share 0.05                          share of a lead's page turns that record a KPI assessment (queues
//                                               an insight-refresh job); default 0.05 with --worker, else 0
//   --replica                                   a primary and a streaming replica of its own (reads go to the replica)
// Database without --replica: LOAD_DATABASE_URL (default partnerscope_load on the local server), migrated and given
// demo data. process.env is read directly: this script builds the environment of the processes it starts.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer, treeCpuSeconds, treeRssKb, type Server } from "./bench/server";
import {
  ensureDemoDatabase,
  LOAD_DB,
  portIsFree,
  startReplicatedDatabase,
  type ReplicatedDatabase,
} from "./load/database";
import { report, type RunFacts } from "./load/report";
import { browse, type Sample } from "./load/browse";
import { Balancer, signInUsers } from "./load/users";
import { databaseNow, jobsSettled, jobsSince, startLoadWorker, type LoadWorker } from "./load/worker";

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "100" },
    seconds: { type: "string", default: "60" },
    "think-ms": { type: "string", default: "5000" },
    port: { type: "string", default: "3208" },
    instances: { type: "string", default: "1" },
    worker: { type: "boolean", default: false },
    "write-share": { type: "string" },
    replica: { type: "boolean", default: false },
  },
});
const USERS = Number(values.users);
const SECONDS = Number(values.seconds);
const THINK_MS = Number(values["think-ms"]);
const PORTS = Array.from({ length: Number(values.instances) }, (_, i) => Number(values.port) + i);
const WRITE_SHARE = Number(values["write-share"] ?? (values.worker ? 0.05 : 0));
const LOCAL_URL = process.env.LOAD_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/${LOAD_DB}`;
if (!["127.0.0.1", "localhost"].includes(new URL(LOCAL_URL).hostname))
  throw new Error("The load script only targets this machine: LOAD_DATABASE_URL must be local");
if (![USERS, SECONDS, THINK_MS, ...PORTS, WRITE_SHARE].every(Number.isFinite) || PORTS.length < 1)
  throw new Error("--users, --seconds, --think-ms, --port, --instances and --write-share take numbers");

// What to stop, newest first; each stop runs once, in order, whoever asks (the end of main, a signal).
const stoppers: Array<() => Promise<unknown>> = [];
let stopping = Promise.resolve();
const stopAll = () =>
  (stopping = stopping.then(async () => {
    while (stoppers.length)
      await stoppers.pop()!().catch((error: unknown) => console.error(`While stopping: ${(error as Error).message}`));
  }));
const abort = new AbortController();
let abortedAt = 0;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): the second is not news.
    if (abort.signal.aborted) {
      if (Date.now() - abortedAt > 1000) console.log("Still stopping (the worker may finish its jobs, up to 30 s)…");
      return;
    }
    console.log(`\n${signal}: stopping everything this run started…`);
    abortedAt = Date.now();
    abort.abort();
    void stopAll();
  });
// An unexpected error anywhere still stops what the run started.
process.on("uncaughtException", (error) => {
  console.error(error);
  abort.abort();
  void stopAll().then(() => process.exit(1));
});

async function main() {
  for (const port of PORTS) if (!(await portIsFree(port))) throw new Error(`Port ${port} is in use: choose --port`);
  let databaseUrl = LOCAL_URL;
  let replicated: ReplicatedDatabase | undefined;
  if (values.replica) {
    console.log("Starting a PostgreSQL primary and a streaming replica in temporary data directories…");
    replicated = await startReplicatedDatabase((stop) => stoppers.push(stop));
    databaseUrl = replicated.primaryUrl;
    console.log(`Primary ${replicated.primaryUrl}, replica ${replicated.replicaUrl}`);
  }
  abort.signal.throwIfAborted();
  await ensureDemoDatabase(databaseUrl);
  if (replicated) await replicated.caughtUp();
  // One audit key and checkpoint file for every process of the run, as docs/deploying.md asks of a deployment.
  const runDir = mkdtempSync(join(tmpdir(), "partnerscope-load-"));
  stoppers.push(async () => rmSync(runDir, { recursive: true, force: true }));
  const shared = {
    DATABASE_REPLICA_URLS: replicated?.replicaUrl ?? "",
    AUDIT_SIGNING_KEY: randomBytes(36).toString("base64"),
    AUDIT_CHECKPOINT_FILE: join(runDir, "audit-checkpoints.jsonl"),
    PARTNERSCOPE_DATA_DIR: runDir,
  };
  const servers: Server[] = [];
  for (const port of PORTS) {
    abort.signal.throwIfAborted();
    console.log(`Starting next start on http://127.0.0.1:${port} (building first if there is no build)…`);
    const server = await startServer(port, databaseUrl, shared);
    stoppers.push(() => server.stop());
    servers.push(server);
    const health = await fetch(`${server.baseUrl}/api/health`).catch(() => null);
    if (!health?.ok) throw new Error(`next start on port ${port} is not answering /api/health`);
  }
  let worker: LoadWorker | undefined;
  if (values.worker) {
    abort.signal.throwIfAborted();
    worker = await startLoadWorker({ ...process.env, ...shared, DATABASE_URL: databaseUrl, NODE_ENV: "production" });
    stoppers.push(() => worker!.stop());
    console.log("Job worker started (scripts/worker.ts)");
  }

  const balancer = new Balancer(PORTS.map((p) => `http://127.0.0.1:${p}`));
  const users = await signInUsers(USERS, balancer, abort.signal);
  const writers = users.filter((u) => u.writes).length;
  console.log(
    `${USERS} users signed in across ${PORTS.length} instance(s); browsing for ${SECONDS} s (think time ${THINK_MS} ms ±50%)` +
      `${WRITE_SHARE > 0 ? `; ${writers} leads record a KPI assessment on ${WRITE_SHARE * 100}% of their page turns` : ""}…`,
  );

  const since = await databaseNow(databaseUrl);
  const transactionsBefore = await replicated?.transactions();
  const pids = [...servers.map((s) => s.process.pid!), ...(worker ? [worker.process.pid!] : [])];
  const cpuBefore = pids.map(treeCpuSeconds);
  const lag = { maxBytes: 0, maxReplayLag: null as string | null };
  // Each instance's resident memory, sampled with the replica's lag: its peak during the run.
  const rssPeakKb = servers.map(() => 0);
  const lagWatch = setInterval(() => {
    servers.forEach((s, i) => (rssPeakKb[i] = Math.max(rssPeakKb[i]!, treeRssKb(s.process.pid!))));
    void replicated?.lag().then(
      (l) => {
        lag.maxBytes = Math.max(lag.maxBytes, l?.bytes ?? 0);
        if (l?.replayLag && (lag.maxReplayLag ?? "") < l.replayLag) lag.maxReplayLag = l.replayLag;
      },
      () => undefined,
    );
  }, 2000);
  abort.signal.addEventListener("abort", () => clearInterval(lagWatch));
  const samples: Sample[] = [];
  const started = Date.now();
  const run = { balancer, until: started + SECONDS * 1000, thinkMs: THINK_MS, writeShare: WRITE_SHARE, samples };
  await Promise.all(users.map((user) => browse(user, { ...run, signal: abort.signal })));
  const seconds = (Date.now() - started) / 1000;
  clearInterval(lagWatch);
  const cpu = pids.map((pid, i) => treeCpuSeconds(pid) - cpuBefore[i]!);
  abort.signal.throwIfAborted();

  if (worker) {
    console.log("Browsing done; waiting up to 30 s for the jobs sent during the run…");
    await jobsSettled(databaseUrl, since, 30_000);
  }
  let replica: RunFacts["replica"] = null;
  if (replicated) {
    const [end, after] = [await replicated.lag(), await replicated.transactions()];
    replica = {
      ...lag,
      end: end ? `${end.state}, ${end.bytes} bytes behind, replay_lag ${end.replayLag ?? "0"}` : "no replica connected",
      transactions: {
        primary: after.primary - transactionsBefore!.primary,
        replica: after.replica - transactionsBefore!.replica,
      },
    };
  }
  const met = report({
    samples,
    seconds,
    instances: PORTS.length,
    cpu: { instances: cpu.slice(0, servers.length), worker: worker ? cpu[servers.length] : undefined },
    rssPeakMb: rssPeakKb.map((kb) => kb / 1024),
    jobs: worker ? await jobsSince(databaseUrl, since) : null,
    workerProblems: worker?.problems ?? [],
    replica,
  });
  process.exitCode = met ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    if (!abort.signal.aborted) console.error(error);
    process.exitCode = abort.signal.aborted ? 130 : 1;
  })
  .finally(async () => {
    await stopAll();
    process.exit();
  });
