import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";

// Limits on actions anyone (or any supplier user) can repeat: each use is a row, counted over a window, checked
// and recorded under a lock on the bucket and key so that a burst of parallel requests cannot all slip under it.

export type RateLimit = { bucket: string; limit: number; windowMinutes: number };

export const REGISTRATIONS_PER_ADDRESS: RateLimit = { bucket: "registration", limit: 10, windowMinutes: 60 };
/** When the client's address is not known (the app not served by scripts/server.ts): one bucket for all, wider. */
export const REGISTRATIONS_FROM_UNKNOWN_ADDRESSES: RateLimit = {
  bucket: "registration-unknown-address",
  limit: 100,
  windowMinutes: 10,
};
export const INVITATIONS_PER_INVITER: RateLimit = { bucket: "invitation", limit: 20, windowMinutes: 24 * 60 };

export const RATE_LIMITED = "Too many attempts from here in a short time. Nothing was saved: try again later.";

/** Records one use and says whether it was within the limit (a refused use is not recorded). */
export async function withinRateLimit(rule: RateLimit, key: string): Promise<boolean> {
  const since = new Date(Date.now() - rule.windowMinutes * 60_000);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${rule.bucket}), hashtext(${key}))`;
      const used = await tx.rateLimitEvent.count({ where: { bucket: rule.bucket, key, at: { gte: since } } });
      if (used >= rule.limit) return false;
      await tx.rateLimitEvent.create({ data: { bucket: rule.bucket, key } });
      return true;
      // A burst queues for the lock: let it wait for a connection longer than Prisma's default 2 s.
    },
    { maxWait: 15_000 },
  );
}

/** The address of the client calling this server action (see lib/auth/client-address.ts); unknown outside a request. */
export async function actionClientAddress(): Promise<string> {
  try {
    const list = await headers();
    return clientAddress(Object.fromEntries(list.entries()), env.TRUSTED_PROXY_HOPS);
  } catch {
    return UNKNOWN_ADDRESS;
  }
}

/** Registration: per client address, or all unknown addresses together. */
export async function registrationAllowed(): Promise<boolean> {
  const address = await actionClientAddress();
  return address === UNKNOWN_ADDRESS
    ? withinRateLimit(REGISTRATIONS_FROM_UNKNOWN_ADDRESSES, address)
    : withinRateLimit(REGISTRATIONS_PER_ADDRESS, address);
}
