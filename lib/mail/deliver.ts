import "server-only";
import { mailDeliveryJob } from "@/lib/jobs/definitions/mail-delivery";
import { sendJob } from "@/lib/jobs/send";

/** From the web server, after the transaction that recorded the messages has committed. */
export async function deliverMail(mailIds: string[]): Promise<void> {
  for (const mailId of mailIds) await sendJob(mailDeliveryJob, { mailId });
}
