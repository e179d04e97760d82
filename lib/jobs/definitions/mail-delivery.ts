// Delivers one message. The row is locked while it is sent and marked SENT in the same transaction,
// so of two attempts (a retry, a repeated job) only one sends and a delivered message is never sent
// again. A refused or unreachable SMTP server fails the attempt: the queue retries it with backoff,
// and after the last retry the message is FAILED with the reason (shown in the outbox).
// With no SMTP_URL the message is HELD: it stays in the outbox for administrators to read.
import { z } from "zod";
import { mailConfig } from "@/lib/mail/config";
import { smtpTransport } from "@/lib/mail/transport";
import { RETRY_DELAY_SECONDS } from "../settings";
import { defineJob } from "../types";

type Locked = { id: string; toEmail: string; subject: string; text: string; status: string; purpose: string };

/** Messages whose link signs a person in: once delivered, the outbox keeps no copy of the link. */
const CARRIES_A_KEY = ["password-reset", "invitation"];

export const mailDeliveryJob = defineJob({
  name: "mail-delivery",
  title: "Mail delivery",
  schema: z.object({ mailId: z.string().min(1).max(64) }),
  queue: { retryLimit: 5, retryDelay: RETRY_DELAY_SECONDS, retryBackoff: true, expireInSeconds: 5 * 60 },
  async handle({ mailId }, { prisma }) {
    const config = mailConfig();
    try {
      return await prisma.$transaction(
        async (tx) => {
          const [mail] = await tx.$queryRaw<Locked[]>`
            SELECT id, "toEmail", subject, text, status::text, purpose FROM "OutboundMail" WHERE id = ${mailId} FOR UPDATE`;
          if (!mail || mail.status !== "QUEUED") return { skipped: mail?.status ?? "missing" };
          if (!config.smtpUrl) {
            await tx.outboundMail.update({
              where: { id: mailId },
              data: { status: "HELD", attempts: { increment: 1 } },
            });
            return { held: mailId };
          }
          const sent = await smtpTransport(config.smtpUrl).sendMail({
            from: config.from,
            to: mail.toEmail,
            subject: mail.subject,
            text: mail.text,
          });
          await tx.outboundMail.update({
            where: { id: mailId },
            data: {
              status: "SENT",
              sentAt: new Date(),
              messageId: sent.messageId,
              attempts: { increment: 1 },
              lastError: null,
              ...(CARRIES_A_KEY.includes(mail.purpose)
                ? { text: "(Delivered. Its one-time link is not kept here.)" }
                : {}),
            },
          });
          return { sent: mailId };
        },
        { timeout: 90_000 },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await prisma.outboundMail.update({
        where: { id: mailId },
        data: { attempts: { increment: 1 }, lastError: reason.slice(0, 500) },
      });
      throw error;
    }
  },
  // The last attempt's error is already on the row.
  async onFinalFailure({ mailId }, _reason, { prisma }) {
    await prisma.outboundMail.updateMany({ where: { id: mailId, status: "QUEUED" }, data: { status: "FAILED" } });
  },
});
