// Every ten minutes: removes what a crash can leave behind. Staged rows and stored uploads of imports
// that ended (an OCDS package waiting for supplier matches keeps its upload for the re-run) (a FAILED import's upload after a day, the time an administrator has to retry it) (an attempt that died after staging, before its outcome was recorded) and of imports
// stuck in a running state with no live job (a job lost before it was ever queued).
import { z } from "zod";
import { defineJob } from "../types";
import { failImport, LOST_IMPORT_REASON } from "./import-outcome";

export const sweepJob = defineJob({
  name: "sweep",
  title: "Clean-up of leftovers",
  schema: z.object({}).passthrough(),
  queue: { retryLimit: 1, expireInSeconds: 10 * 60 },
  schedule: "*/10 * * * *",
  async handle(_data, { prisma }) {
    const staged = await prisma.$executeRaw`
      DELETE FROM "StagedSpendRow" s USING "Import" i
       WHERE i.id = s."importId" AND i.status NOT IN ('QUEUED', 'PARSING', 'WRITING', 'AWAITING_MATCHES')`;
    const uploads = await prisma.$executeRaw`
      DELETE FROM "ImportUpload" u USING "Import" i
       WHERE i.id = u."importId" AND i.status NOT IN ('QUEUED', 'PARSING', 'WRITING', 'AWAITING_MATCHES')
         AND (i.status <> 'FAILED' OR i."completedAt" < now() - interval '1 day')`;
    // Running for an hour with no job in the queue that could still run it: nothing ever will.
    const orphans = await prisma.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM "Import" i
       WHERE i.status IN ('QUEUED', 'PARSING', 'WRITING') AND i."createdAt" < now() - interval '1 hour'
         AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.id::text = i."jobId" AND j.state IN ('created', 'retry', 'active'))`;
    for (const { id } of orphans) await failImport(prisma, id, LOST_IMPORT_REASON);
    return { staged, uploads, orphans: orphans.length };
  },
});
