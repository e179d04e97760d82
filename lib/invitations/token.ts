import { createHash, randomBytes } from "node:crypto";

// The link carries the token; the database keeps only its SHA-256, so a copy of the table cannot be used to join.
export const INVITATION_DAYS = 7;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const invitationPath = (token: string) => `/register/join?token=${encodeURIComponent(token)}`;
