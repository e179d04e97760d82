// Mail settings (MailEnvShape in lib/env.ts: the web server fails fast on a bad value), read by the job worker,
// which delivers. No SMTP_URL: every message stays in the outbox (OutboundMail, HELD), read by
// administrators in the app, so the embedded demo shows each message.
import { MailEnvShape, readEnv } from "@/lib/env";

export type MailConfig = { smtpUrl: string | undefined; from: string; appUrl: string };

export function mailConfig(source?: Record<string, string | undefined>): MailConfig {
  const parsed = readEnv(MailEnvShape, source);
  const appUrl = (parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, "");
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM, appUrl };
}

/** An absolute link into the app, for a message (mail readers need the host). */
export const appLink = (path: string, config = mailConfig()) => `${config.appUrl}${path}`;
