import { appLink, mailConfig } from "@/lib/mail/config";

/** The invitation email: who invited, to which organisation, the one-time link. */
export function invitationMessage({
  inviter,
  organisation,
  path,
  days,
}: {
  inviter: string;
  organisation: string;
  path: string;
  days: number;
}) {
  return {
    subject: `${inviter} invited you to ${organisation} on Partnerscope`,
    text: `${inviter} invited you to join ${organisation} on Partnerscope, where suppliers keep their organisation's details, framework lots and contracts current for public-sector buyers.\n\nChoose your name and password here:\n\n${appLink(path, mailConfig())}\n\nThe link works once, for ${days} days.\n`,
  };
}
