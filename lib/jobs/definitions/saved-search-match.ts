// After a contract is created: every saved search with email on that it matches is an alert for its
// owner (once per search and contract).
import { z } from "zod";
import { recordAlerts } from "@/lib/alerts/record";
import { savedSearchAlerts } from "@/lib/saved-searches/match";
import { mailDeliveryJob } from "./mail-delivery";
import { defineJob } from "../types";

export const savedSearchMatchJob = defineJob({
  name: "saved-search-match",
  title: "Saved searches: new contract",
  schema: z.object({ contractId: z.string().min(1).max(64) }),
  queue: { retryLimit: 3, expireInSeconds: 10 * 60 },
  async handle({ contractId }, { prisma, send }) {
    const { recorded, mailIds } = await recordAlerts(prisma, await savedSearchAlerts(prisma, contractId));
    for (const mailId of mailIds) await send(mailDeliveryJob, { mailId });
    return { recorded };
  },
});
