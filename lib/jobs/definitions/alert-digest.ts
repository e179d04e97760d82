// Every morning after the scan: one message per person holding each of their waiting alerts once.
// Daily digests every day, weekly ones on Mondays (UK). Alerts are claimed (locked, then given the
// digest's message) in the transaction that records it, so two runs never put an alert in two digests.
import { z } from "zod";
import { digestMessage } from "@/lib/alerts/messages";
import { ukToday } from "@/lib/dates/uk-date";
import { mailConfig } from "@/lib/mail/config";
import { recordMail } from "@/lib/mail/outbox";
import { mailDeliveryJob } from "./mail-delivery";
import { defineJob } from "../types";
import { isoDate } from "@/lib/dates/format";

type Waiting = { id: string; subject: string; text: string; link: string; kind: string };

export const alertDigestJob = defineJob({
  name: "alert-digest",
  title: "Alert digests",
  schema: z.object({ on: z.iso.date().optional() }).passthrough(),
  queue: { retryLimit: 2, expireInSeconds: 30 * 60 },
  schedule: "30 7 * * *",
  async handle({ on }, { prisma, send }) {
    const today = on ? new Date(`${on}T00:00:00Z`) : ukToday();
    const monday = today.getUTCDay() === 1;
    const config = mailConfig();
    // People with waiting alerts; someone who moved to "as they happen" gets what waited as a digest.
    const people = await prisma.user.findMany({
      where: {
        disabledAt: null,
        alerts: { some: { mailId: null } },
        ...(monday
          ? {}
          : { OR: [{ alertSettings: null }, { alertSettings: { digest: { in: ["DAILY", "IMMEDIATE"] } } }] }),
      },
      select: { id: true, email: true, alertSettings: { select: { digest: true, disabledKinds: true } } },
    });
    let digests = 0;
    for (const person of people) {
      const off = person.alertSettings?.disabledKinds ?? [];
      const mailId = await prisma.$transaction(async (tx) => {
        const waiting = await tx.$queryRaw<Waiting[]>`
          SELECT id, subject, text, link, kind FROM "Alert" WHERE "userId" = ${person.id} AND "mailId" IS NULL
           ORDER BY "createdAt", id FOR UPDATE SKIP LOCKED`;
        const wanted = waiting.filter((a) => !off.includes(a.kind));
        if (wanted.length === 0) return null;
        const id = await recordMail(tx, {
          to: person.email,
          ...digestMessage(wanted, person.alertSettings?.digest ?? "DAILY", config),
          purpose: "digest",
        });
        await tx.alert.updateMany({
          where: { id: { in: wanted.map((a) => a.id) }, mailId: null },
          data: { mailId: id },
        });
        return id;
      });
      if (mailId) {
        digests++;
        await send(mailDeliveryJob, { mailId });
      }
    }
    return { on: isoDate(today), digests };
  },
});
