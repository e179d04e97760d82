// One definition per job (the pattern of documenso's packages/lib/jobs): its queue name, how its data
// is checked, its queue's retry and lease settings, and the handler a worker runs.
import type { PrismaClient } from "@prisma/client";
import type { Queue } from "pg-boss";
import type { z } from "zod";

/** What a handler gets besides its data: the worker's own database client, never the web server's. */
export type JobContext = {
  prisma: PrismaClient;
  databaseUrl: string;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Attempts after the first before the job fails for good. */
  retryLimit: number;
  /** Aborted when the job's lease is lost (it expired, or it was cancelled). */
  signal: AbortSignal;
  /** Sends another job (an import's insight refresh, say). */
  send: <T>(job: JobDefinition<T>, data: T) => Promise<string | null>;
};

export type JobDefinition<T> = {
  name: string;
  /** What an administrator reads on the jobs page. */
  title: string;
  schema: z.ZodType<T>;
  queue: Omit<Queue, "name" | "deadLetter">;
  handle(data: T, context: JobContext): Promise<unknown>;
  /**
   * Runs once when the job has failed for good (retries used up, or its worker died on the last
   * attempt): leaves what the job was for in a final state a person understands. Run from a
   * dead-letter queue, so it runs even when the worker holding the last attempt was killed.
   */
  onFinalFailure?(data: T, reason: string, context: Omit<JobContext, "signal">): Promise<void>;
  /** A cron schedule in UK time. */
  schedule?: string;
};

export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}

export const deadLetterOf = (name: string) => `${name}-failed`;
