import "server-only";
import { Prisma } from "@prisma/client";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf, PAGE_SIZE, skipFor } from "@/lib/pagination";
import { JOBS } from "./registry";
import type { JobListParams, JobView } from "./schema";

export type JobRow = {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  error: string | null;
  importId: string | null;
};

const STATES: Record<JobView, string[]> = {
  all: ["created", "retry", "active", "completed", "cancelled", "failed"],
  queued: ["created", "retry"],
  running: ["active"],
  failed: ["failed"],
};

/** The queue's jobs (not the internal dead-letter queues), newest first. Administrators only. */
export async function listJobs(params: JobListParams) {
  await requireCan("manageJobs");
  const names = JOBS.map((j) => j.name);
  const where = Prisma.sql`name IN (${Prisma.join(names)}) AND state::text IN (${Prisma.join(STATES[params.view])})`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<JobRow[]>`
      SELECT id::text, name, state::text, retry_count AS "retryCount", retry_limit AS "retryLimit",
             created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn",
             CASE WHEN state = 'failed' THEN COALESCE(output->>'message', output->'value'->>'message', output::text) END AS error,
             data->>'importId' AS "importId"
        FROM pgboss.job WHERE ${where}
       ORDER BY created_on DESC, id LIMIT ${PAGE_SIZE} OFFSET ${skipFor(params.page)}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM pgboss.job WHERE ${where}`,
  ]);
  return pageOf(rows, Number(count?.total ?? 0), params.page);
}

/** How many jobs are queued, running and failed (the page's summary). */
export async function countJobs() {
  await requireCan("manageJobs");
  const rows = await db.$queryRaw<{ state: string; jobs: bigint }[]>`
    SELECT state::text, count(*) AS jobs FROM pgboss.job WHERE name IN (${Prisma.join(JOBS.map((j) => j.name))}) GROUP BY 1`;
  const of = (...states: string[]) =>
    rows.filter((r) => states.includes(r.state)).reduce((n, r) => n + Number(r.jobs), 0);
  return { queued: of("created", "retry"), running: of("active"), failed: of("failed") };
}
