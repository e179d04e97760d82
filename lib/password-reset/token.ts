import { createHash, randomBytes } from "node:crypto";

// The link carries the token; the database keeps only its SHA-256, so a copy of the table resets nothing.
export const RESET_MINUTES = 60;

export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const resetPath = (token: string) => `/reset-password?token=${encodeURIComponent(token)}`;
