// Every morning: every alert source finds what falls due today (UK date) and the alerts are recorded
// once per person. `on` fixes the day and `kinds` picks sources (a re-run of one kind for a missed day; tests).
import { z } from "zod";
import { alertConfig } from "@/lib/alerts/config";
import { ukToday } from "@/lib/dates/uk-date";
import { recordAlerts } from "@/lib/alerts/record";
import { ALERT_KINDS } from "@/lib/alerts/kinds";
import { ALERT_SOURCES } from "@/lib/alerts/sources";
import { mailDeliveryJob } from "./mail-delivery";
import { defineJob } from "../types";
import { isoDate } from "@/lib/dates/format";

export const alertScanJob = defineJob({
  name: "alert-scan",
  title: "Daily alerts",
  schema: z.object({ on: z.iso.date().optional(), kinds: z.array(z.enum(ALERT_KINDS)).optional() }).passthrough(),
  queue: { retryLimit: 2, expireInSeconds: 30 * 60 },
  schedule: "0 7 * * *",
  async handle({ on, kinds }, { prisma, send }) {
    const today = on ? new Date(`${on}T00:00:00Z`) : ukToday();
    const config = alertConfig();
    const found: Record<string, number> = {};
    let recorded = 0;
    for (const source of ALERT_SOURCES.filter((s) => !kinds || kinds.includes(s.kind))) {
      const candidates = await source.collect({ prisma, today, config });
      found[source.kind] = candidates.length;
      const result = await recordAlerts(prisma, candidates);
      recorded += result.recorded;
      for (const mailId of result.mailIds) await send(mailDeliveryJob, { mailId });
    }
    return { on: isoDate(today), found, recorded };
  },
});
