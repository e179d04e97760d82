import { createHmac, timingSafeEqual } from "node:crypto";

/** How long after a save a user's reads stay on the primary: well above normal replication lag. */
export const FRESH_READS_SECONDS = 15;

function signature(until: number, secret: string) {
  return createHmac("sha256", secret).update(`fresh-reads:${until}`).digest("base64url");
}

/** "<until ms>.<HMAC>": signed so a client cannot pin its reads to the primary for ever. */
export function freshReadsToken(until: number, secret: string): string {
  return `${until}.${signature(until, secret)}`;
}

export function tokenIsFresh(token: string | undefined, now: number, secret: string): boolean {
  const [untilText, sig] = (token ?? "").split(".");
  const until = Number(untilText);
  if (!sig || !Number.isSafeInteger(until) || until < now || until > now + FRESH_READS_SECONDS * 1000) return false;
  const expected = Buffer.from(signature(until, secret));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
