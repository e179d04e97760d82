// The queue: pg-boss on the app's own PostgreSQL (schema "pgboss", created and migrated by pg-boss).
// The web server only sends jobs; workers (scripts/worker.ts) run them, supervise leases and schedules.
import { type Db, PgBoss } from "pg-boss";
import { SUPERVISE_SECONDS } from "./settings";
import { deadLetterOf, type JobDefinition } from "./types";

export const QUEUE_SCHEMA = "pgboss";

export function createBoss(url: string, role: "sender" | "worker"): PgBoss {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: role === "worker" ? 4 : 2,
    application_name: `partnerscope-${role}`,
    // Only workers look after the queue: expire lost leases, start scheduled jobs.
    supervise: role === "worker",
    schedule: role === "worker",
    superviseIntervalSeconds: SUPERVISE_SECONDS,
  });
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  return boss;
}

/** Creates every queue (and its dead-letter queue) when missing; safe to run from every process. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  // Loaded here, not at the top: job definitions send jobs (a spend import queues its insight refresh), so a
  // static import would close a cycle in which the registry can be read before every definition is defined.
  const { JOBS } = await import("./registry");
  for (const job of JOBS) {
    if (job.onFinalFailure)
      await boss.createQueue(deadLetterOf(job.name), { retryLimit: 5, retryDelay: 5, retryBackoff: true });
    await boss.createQueue(job.name, {
      ...job.queue,
      ...(job.onFinalFailure ? { deadLetter: deadLetterOf(job.name) } : {}),
    });
  }
}

export async function sendWith<T>(
  boss: PgBoss,
  job: JobDefinition<T>,
  data: T,
  options: { id?: string; db?: Db } = {},
): Promise<string | null> {
  return boss.send(job.name, job.schema.parse(data) as object, options);
}
