// Whether anything will still finish a running import. The Import row says where its last attempt got to; only the
// queue knows whether a job is left to go on: queued, waiting to be tried again, held by a worker (a dead worker's
// job is taken over when its lease runs out), or, once it has failed for good, its final-failure handler.
import "server-only";
import { db } from "@/lib/db";
import { getImport } from "./queries";

const RUNNING = ["QUEUED", "PARSING", "WRITING"];

/**
 * For a running import in the caller's scope: false when no job is left that could finish it (the server stopped
 * between recording the upload and queueing its job, or the job was removed), true when one is. Null when there is
 * nothing to ask: not found, not running, or run without the queue (the command-line import runs it in its own process).
 */
export async function importHasLiveJob(id: string): Promise<boolean | null> {
  const record = await getImport(id);
  if (!record?.jobId || !RUNNING.includes(record.status)) return null;
  const [row] = await db.$queryRaw<{ live: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM pgboss.job
       WHERE state IN ('created', 'retry', 'active')
         AND (id = ${record.jobId}::uuid OR (name LIKE '%-failed' AND data->>'importId' = ${record.id}))
    ) AS live`;
  return row?.live ?? false;
}
