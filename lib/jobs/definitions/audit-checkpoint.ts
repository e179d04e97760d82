// Every hour: a signed checkpoint of the audit trail's end (event count, last id and hash) appended to the
// checkpoint file, so deleting or rewriting the newest events is caught by `npm run audit:verify` and the
// Verify page. The file is the worker's: point AUDIT_CHECKPOINT_FILE at storage every worker appends to.
import { z } from "zod";
import { checkpointSettings, writeCheckpoint } from "@/lib/audit/checkpoint-store";
import { HEARTBEAT_SECONDS } from "../settings";
import { defineJob } from "../types";

export const auditCheckpointJob = defineJob({
  name: "audit-checkpoint",
  title: "Hourly audit trail checkpoint",
  schema: z.object({}).passthrough(),
  queue: {
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 15 * 60,
  },
  schedule: "0 * * * *",
  async handle(_data, { prisma }) {
    const checkpoint = await writeCheckpoint(prisma, checkpointSettings());
    return { eventCount: checkpoint.eventCount, lastId: checkpoint.lastId };
  },
});
