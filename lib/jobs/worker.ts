// A worker: takes jobs from every queue, one at a time per queue (imports are heavy), with its own
// database client; heartbeats keep its leases; the dead-letter queues run the final-failure handlers.
// Any number of workers, on any machine that reaches the database, share the queues.
import type { Job, JobWithMetadata, PgBoss } from "pg-boss";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";
import { sweepWorkFiles } from "@/lib/imports/upload-store";
import { finalFailureReason } from "./failure-reason";
import { createBoss, ensureQueues, sendWith } from "./queue";
import { JOBS } from "./registry";
import { deadLetterOf, type JobContext, type JobDefinition } from "./types";

export type RunningWorker = { boss: PgBoss; prisma: PrismaClient; stop(): Promise<void> };

type DeadLetter = JobWithMetadata<object> & { sourceOutput?: unknown; sourceRetryCount?: number | null };

/** Work files untouched this long belong to no live attempt (heartbeats are seconds apart; a parse writes nothing to them). */
const STALE_WORK_FILE_MS = 6 * 60 * 60 * 1000;

export async function startJobWorker({
  databaseUrl,
  log = console.log,
}: {
  databaseUrl: string;
  log?: (line: string) => void;
}): Promise<RunningWorker> {
  const prisma = createPrismaClient({ url: databaseUrl, poolMax: 5 });
  const boss = createBoss(databaseUrl, "worker");
  await boss.start();
  await ensureQueues(boss);
  const base = { prisma, databaseUrl, send: <T>(job: JobDefinition<T>, data: T) => sendWith(boss, job, data) };

  for (const job of JOBS as JobDefinition<object>[]) {
    await boss.work(
      job.name,
      { includeMetadata: true, pollingIntervalSeconds: 2 },
      async ([claimed]: JobWithMetadata<object>[]) => {
        const context: JobContext = {
          ...base,
          jobId: claimed!.id,
          retryCount: claimed!.retryCount,
          retryLimit: claimed!.retryLimit,
          signal: claimed!.signal,
        };
        return job.handle(job.schema.parse(claimed!.data), context);
      },
    );
    if (job.onFinalFailure) {
      await boss.work(
        deadLetterOf(job.name),
        { includeMetadata: true, pollingIntervalSeconds: 2 },
        async ([dead]: JobWithMetadata<object>[]) => {
          const letter = dead as DeadLetter;
          const attempts = (letter.sourceRetryCount ?? 0) + 1;
          const reason = finalFailureReason(letter.sourceOutput, attempts);
          const context = { ...base, jobId: letter.id, retryCount: letter.retryCount, retryLimit: letter.retryLimit };
          await job.onFinalFailure!(job.schema.parse(letter.data), reason, context);
        },
      );
    }
    if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: "Europe/London" });
  }

  // Work files live on this machine's disk: each worker sweeps its own.
  const sweepFiles = () => void sweepWorkFiles(STALE_WORK_FILE_MS).catch(() => undefined);
  sweepFiles();
  const fileSweeper = setInterval(sweepFiles, 10 * 60 * 1000);
  fileSweeper.unref();
  log(`[jobs] worker started: ${JOBS.map((j) => j.name).join(", ")}`);

  let stopped = false;
  return {
    boss,
    prisma,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(fileSweeper);
      // Waits for jobs in hand; a job cut short is taken up again by another worker after its lease.
      await boss.stop({ graceful: true, timeout: 30_000 });
      await prisma.$disconnect();
    },
  };
}

export type { Job };
