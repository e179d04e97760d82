// One nodemailer transport per SMTP URL and process (pooled connections are kept between messages).
import nodemailer, { type Transporter } from "nodemailer";

const transports = new Map<string, Transporter>();

export function smtpTransport(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Fail a delivery in bounded time: the queue retries it.
    transport = nodemailer.createTransport(`${smtpUrl}`, {
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}
