// Sign-in throttling that an attacker cannot turn against a victim. Failures are counted three ways over a
// window, and each count past its allowance makes the next attempt wait longer (30 s, doubling, at most
// 15 minutes) after the latest failure it counts; nothing is ever locked outright.
// - per account and address: the guesser at one account from one place;
// - per address, over every account: one place trying many accounts (generous: a department's NAT);
// - per account, over every address: a spread-out attack on one account.
// The last two do not apply where the account has signed in from that address before ("known"): five wrong
// passwords from five addresses slow the attackers, not the owner at their usual desk. Counting by the email
// typed (whether or not the account exists) keeps the reply the same for real and unknown accounts.
export const THROTTLE_WINDOW_MINUTES = 60;
/** An address counts as the account's own after a successful sign-in from it within this many days. */
export const KNOWN_ADDRESS_DAYS = 30;
export const FREE_FAILURES = { pair: 5, address: 50, account: 10 } as const;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;

export type FailureCount = { count: number; latestAt: Date | null };
export type RecentFailures = { pair: FailureCount; address: FailureCount | null; account: FailureCount | null };

/** How long after its latest failure a counter makes the next attempt wait. */
export function delayFor(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - free, 20));
}

/**
 * Which counters apply: the address and account ones only from an address the account has not signed in
 * from before, and the address one only for a real address (never one bucket shared by every client).
 */
export function applicableFailures(
  counts: { pair: FailureCount; address: FailureCount; account: FailureCount },
  context: { knownAddress: boolean; addressKnown: boolean },
): RecentFailures {
  return {
    pair: counts.pair,
    address: context.knownAddress || !context.addressKnown ? null : counts.address,
    account: context.knownAddress ? null : counts.account,
  };
}

/** When the next attempt may be made, or null when it may be made now. */
export function throttledUntil(failures: RecentFailures, now: Date): Date | null {
  let until = 0;
  for (const [kind, counter] of Object.entries(failures) as Array<[keyof typeof FREE_FAILURES, FailureCount | null]>) {
    if (!counter?.latestAt) continue;
    until = Math.max(until, counter.latestAt.getTime() + delayFor(counter.count, FREE_FAILURES[kind]));
  }
  return until > now.getTime() ? new Date(until) : null;
}

export const THROTTLED = "THROTTLED";
