// Every message is first a row (OutboundMail, in the transaction that decided to send it), then a
// delivery job. The row is the outbox: with no SMTP server configured it is where the message stays.
import type { Prisma, PrismaClient } from "@prisma/client";

type Tx = Prisma.TransactionClient | PrismaClient;

export const MAIL_PURPOSES = ["alert", "digest", "password-reset", "invitation"] as const;
export type MailPurpose = (typeof MAIL_PURPOSES)[number];

export type Message = { to: string; subject: string; text: string; purpose: MailPurpose };

/** Records a message to send; the caller sends its delivery job once the transaction has committed. */
export async function recordMail(tx: Tx, message: Message): Promise<string> {
  const mail = await tx.outboundMail.create({
    data: { toEmail: message.to, subject: message.subject, text: message.text, purpose: message.purpose },
    select: { id: true },
  });
  return mail.id;
}
