// What `npm run load` prints at the end: per instance and overall, per page, the worker's jobs, the replica's lag,
// the processes' CPU, and a verdict against the target of issue 21: zero errors and p99 under 1 s.
import { availableParallelism, loadavg } from "node:os";
import { percentile } from "../bench/server";
import type { Sample } from "./browse";
import type { JobCounts } from "./worker";

export type RunFacts = {
  samples: Sample[];
  seconds: number;
  instances: number;
  /** CPU seconds each instance used during the run, then the worker's (when there is one). */
  cpu: { instances: number[]; worker?: number };
  /** Each instance's peak resident memory during the run (sampled every 2 s). */
  rssPeakMb: number[];
  /** Null: no worker in this run. */
  jobs: JobCounts[] | null;
  workerProblems: string[];
  replica: {
    maxBytes: number;
    maxReplayLag: string | null;
    end: string;
    transactions: { primary: number; replica: number };
  } | null;
};

const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
const TARGET_P99_MS = 1000;

function line(label: string, samples: Sample[], seconds: number) {
  const times = samples.map((s) => s.ms);
  const errors = samples.filter((s) => !s.ok).length;
  return (
    `${label.padEnd(12)} ${String(samples.length).padStart(8)} ${String(errors).padStart(7)} ` +
    `${(samples.length / seconds).toFixed(1).padStart(7)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ` +
    `${ms(percentile(times, 99))} ${ms(times.length ? Math.max(...times) : NaN)}`
  );
}

/** Prints the report; answers whether the target was met. */
export function report(facts: RunFacts): boolean {
  const { samples, seconds } = facts;
  const errors = samples.filter((s) => !s.ok);
  console.log(`\n${samples.length} requests in ${seconds.toFixed(1)} s`);
  console.log("             requests  errors   req/s      p50      p95      p99      max");
  for (let i = 0; i < facts.instances; i++)
    console.log(
      line(
        `instance ${i + 1}`,
        samples.filter((s) => s.instance === i),
        seconds,
      ),
    );
  console.log(line("overall", samples, seconds));
  if (errors.length) {
    const distinct = [...new Set(errors.map((e) => `${e.error} ${e.path}`))];
    console.log(`\nErrors (${distinct.length} distinct; the first ${Math.min(10, distinct.length)}):`);
    for (const e of distinct.slice(0, 10)) console.log(`  ${e}`);
  }

  const byPage = new Map<string, number[]>();
  for (const s of samples) {
    const key = s.path.replace(/\/c[a-z0-9]{20,}/, "/[id]").replace(/\?.*/, "?…");
    byPage.set(key, [...(byPage.get(key) ?? []), s.ms]);
  }
  console.log(`\n${"Page".padEnd(38)} requests      p50      p95      p99`);
  for (const [page, list] of [...byPage].sort())
    console.log(
      `${page.padEnd(38)} ${String(list.length).padStart(8)} ${ms(percentile(list, 50))} ${ms(percentile(list, 95))} ${ms(percentile(list, 99))}`,
    );

  // The slowest requests, with when they were sent: a burst on one instance at one moment reads differently from
  // one page that is always slow.
  const first = Math.min(...samples.map((s) => s.at));
  console.log("\nSlowest requests       sent at  instance      ms");
  for (const s of [...samples].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    const page = s.path.replace(/\/c[a-z0-9]{20,}/, "/[id]").slice(0, 20);
    const sent = `+${((s.at - first) / 1000).toFixed(1)} s`;
    console.log(`  ${page.padEnd(20)} ${sent.padStart(8)} ${String(s.instance + 1).padStart(9)} ${ms(s.ms)}`);
  }

  const failedJobs = facts.jobs?.reduce((n, j) => n + j.failed, 0) ?? 0;
  if (facts.jobs) {
    console.log("\nJobs sent during the run (pgboss.job)     done  failed  waiting  sent→done p50      max");
    if (facts.jobs.length === 0) console.log("  none");
    for (const j of facts.jobs)
      console.log(
        `  ${j.name.padEnd(38)} ${String(j.done).padStart(5)} ${String(j.failed).padStart(7)} ${String(j.waiting).padStart(8)} ${ms(j.p50Ms).padStart(16)} ${ms(j.maxMs)}`,
      );
    if (facts.workerProblems.length)
      console.log(
        `  worker's stderr (${facts.workerProblems.length} lines): ${facts.workerProblems.slice(0, 3).join(" | ")}`,
      );
  } else console.log("\nJobs: no worker in this run (--worker starts one)");

  if (facts.replica)
    console.log(
      `\nReplica lag (pg_stat_replication on the primary): at the end ${facts.replica.end}; during the run at most ` +
        `${facts.replica.maxBytes} bytes of WAL not yet replayed, replay_lag at most ${facts.replica.maxReplayLag ?? "0"}. ` +
        `Transactions during the run: ${facts.replica.transactions.primary} on the primary, ${facts.replica.transactions.replica} on the replica`,
    );

  const cpu = facts.cpu.instances.map((c, i) => {
    const served = samples.filter((s) => s.instance === i).length;
    const rss = facts.rssPeakMb[i] ? `, peak RSS ${Math.round(facts.rssPeakMb[i])} MB` : "";
    return `instance ${i + 1} ${c.toFixed(1)} s = ${((c * 1000) / Math.max(1, served)).toFixed(1)} ms per request${rss}`;
  });
  if (facts.cpu.worker !== undefined) cpu.push(`worker ${facts.cpu.worker.toFixed(1)} s`);
  console.log(
    `\nCPU: ${cpu.join("; ")}. Machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );

  const p99 = percentile(
    samples.map((s) => s.ms),
    99,
  );
  const met = samples.length > 0 && errors.length === 0 && failedJobs === 0 && p99 < TARGET_P99_MS;
  console.log(
    `\n${met ? "PASS" : "FAIL"}: zero errors and p99 under 1 s: ${errors.length} request errors, ` +
      `${facts.jobs ? `${failedJobs} failed jobs, ` : ""}p99 ${Math.round(p99)} ms`,
  );
  return met;
}
