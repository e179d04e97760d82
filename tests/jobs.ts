// Jobs run on the worker tests/global-setup.ts starts, as in production. A test that checks what a
// job does waits for the jobs sent so far to end (other test files' later jobs are not waited for).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { sendJob } from "@/lib/jobs/send";
import type { JobContext } from "@/lib/jobs/types";

export async function jobsDone(queue?: string, timeoutMs = 180_000): Promise<void> {
  const [{ now }] = (await db.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`) as [{ now: Date }];
  const started = Date.now();
  for (;;) {
    const [row] = await db.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pgboss.job
       WHERE created_on <= ${now} AND state IN ('created', 'retry', 'active') AND (${queue ?? null}::text IS NULL OR name = ${queue ?? null})`;
    if (Number(row?.waiting ?? 0) === 0) return;
    if (Date.now() - started > timeoutMs) throw new Error(`jobs still waiting after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * What a worker hands a job's handler, for a test that runs an attempt itself (as a second worker would,
 * beside the shared one): the test's client, and a `send` that queues for the shared worker.
 */
export function attemptContext(overrides: Partial<JobContext> = {}): JobContext {
  return {
    prisma: db,
    databaseUrl: process.env.DATABASE_URL!,
    jobId: randomUUID(),
    retryCount: 0,
    retryLimit: 2,
    signal: new AbortController().signal,
    send: (job, data) => sendJob(job, data),
    ...overrides,
  };
}
