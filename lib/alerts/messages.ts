// The words of alert mail: one alert alone, or a digest of several. Pure.
import { appLink, type MailConfig } from "@/lib/mail/config";

export type AlertForMail = { subject: string; text: string; link: string };

const footer = (config: MailConfig) =>
  `\n\n--\nChoose which alerts you get, and how often: ${appLink("/settings/alerts", config)}\n`;

export function alertMessage(alert: AlertForMail, config: MailConfig): { subject: string; text: string } {
  return {
    subject: alert.subject,
    text: `${alert.text}\n\nOpen it in Partnerscope: ${appLink(alert.link, config)}${footer(config)}`,
  };
}

export function digestMessage(
  alerts: AlertForMail[],
  frequency: "DAILY" | "WEEKLY" | "IMMEDIATE",
  config: MailConfig,
): { subject: string; text: string } {
  const period = frequency === "WEEKLY" ? "weekly" : "daily";
  const lines = alerts.map((a, i) => `${i + 1}. ${a.subject}\n   ${a.text}\n   ${appLink(a.link, config)}`);
  return {
    subject: `Your Partnerscope ${period} digest: ${alerts.length} ${alerts.length === 1 ? "alert" : "alerts"}`,
    text: `${lines.join("\n\n")}${footer(config)}`,
  };
}
