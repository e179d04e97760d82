// Every night: the stored roll-ups must equal a rebuild from the payments. A difference fails the job,
// so administrators see it on the jobs page with the tables that differ; it is not retried (the
// figures will not change by trying again) and a department's refresh, or `npm run insight:refresh`, mends it.
import { z } from "zod";
import { rollUpDifferences } from "@/lib/insight/roll-up-check";
import { HEARTBEAT_SECONDS } from "../settings";
import { defineJob } from "../types";

export const rollUpCheckJob = defineJob({
  name: "roll-up-check",
  title: "Nightly roll-up check",
  schema: z.object({}).passthrough(),
  queue: { retryLimit: 0, heartbeatSeconds: HEARTBEAT_SECONDS, expireInSeconds: 2 * 60 * 60 },
  schedule: "30 2 * * *",
  async handle(_data, { prisma }) {
    const differences = await rollUpDifferences(prisma);
    if (differences.length > 0) {
      const list = differences.map((d) => `${d.table} (${d.keys} ${d.keys === 1 ? "figure" : "figures"})`).join(", ");
      throw new Error(
        `Stored roll-ups differ from a rebuild from the payments: ${list}. Run npm run insight:refresh to rebuild them.`,
      );
    }
    return { checked: "all roll-ups equal a rebuild" };
  },
});
