import { describe, expect, it } from "vitest";
import {
  applicableFailures,
  delayFor,
  FIRST_DELAY_MS,
  FREE_FAILURES,
  MAX_DELAY_MS,
  throttledUntil,
  type FailureCount,
} from "@/lib/auth/throttle";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const none: FailureCount = { count: 0, latestAt: null };
const failures = (count: number, latestMsAgo = 0): FailureCount => ({ count, latestAt: ago(latestMsAgo) });

describe("delayFor", () => {
  it("lets the allowance through, then waits longer after each failure, up to a cap", () => {
    expect(delayFor(4, 5)).toBe(0);
    expect(delayFor(5, 5)).toBe(FIRST_DELAY_MS);
    expect(delayFor(6, 5)).toBe(2 * FIRST_DELAY_MS);
    expect(delayFor(7, 5)).toBe(4 * FIRST_DELAY_MS);
    expect(delayFor(500, 5)).toBe(MAX_DELAY_MS);
  });
});

describe("throttledUntil", () => {
  it("waits after the latest failure of any counter past its allowance, and not once the delay has passed", () => {
    const pair = failures(FREE_FAILURES.pair, 1_000);
    expect(throttledUntil({ pair, address: none, account: none }, now)).toEqual(
      new Date(now.getTime() - 1_000 + FIRST_DELAY_MS),
    );
    expect(
      throttledUntil({ pair: failures(FREE_FAILURES.pair, FIRST_DELAY_MS + 1), address: none, account: none }, now),
    ).toBeNull();
    expect(throttledUntil({ pair: none, address: failures(FREE_FAILURES.address), account: none }, now)).not.toBeNull();
    expect(
      throttledUntil(
        { pair: none, address: failures(FREE_FAILURES.address - 1), account: failures(FREE_FAILURES.account - 1) },
        now,
      ),
    ).toBeNull();
  });

  it("never locks for good: even after hundreds of failures the wait is at most the cap", () => {
    const until = throttledUntil({ pair: failures(400), address: failures(4000), account: failures(400) }, now);
    expect(until!.getTime() - now.getTime()).toBeLessThanOrEqual(MAX_DELAY_MS);
  });
});

describe("applicableFailures", () => {
  const counts = { pair: failures(1), address: failures(60), account: failures(12) };
  it("spares the account's own address the counts other addresses ran up", () => {
    expect(applicableFailures(counts, { knownAddress: true, addressKnown: true })).toEqual({
      pair: counts.pair,
      address: null,
      account: null,
    });
    expect(throttledUntil(applicableFailures(counts, { knownAddress: true, addressKnown: true }), now)).toBeNull();
  });
  it("applies every count to an address the account has not signed in from", () => {
    expect(applicableFailures(counts, { knownAddress: false, addressKnown: true })).toEqual(counts);
  });
  it("never shares one bucket among clients whose address is not known", () => {
    expect(applicableFailures(counts, { knownAddress: false, addressKnown: false }).address).toBeNull();
  });
});
