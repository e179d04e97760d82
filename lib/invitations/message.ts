import { ROLE_LABELS, type Role } from "@/lib/access/roles";
import { appLink, mailConfig } from "@/lib/mail/config";

/** What an administrator's invitation joins, in the words the join page and the email use. */
export const joiningAs = (role: Role) => `Partnerscope as ${ROLE_LABELS[role].toLowerCase()}`;

/** An administrator's invitation: the access it gives, the one-time link. */
export function userInvitationMessage({
  inviter,
  joining,
  path,
  days,
}: {
  inviter: string;
  joining: string;
  path: string;
  days: number;
}) {
  return {
    subject: `${inviter} invited you to Partnerscope`,
    text: `${inviter} invited you to join ${joining}.\n\nChoose your name and password here:\n\n${appLink(path, mailConfig())}\n\nThe link works once, for ${days} days.\n`,
  };
}

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
