import { describe, expect, it } from "vitest";
import { FRESH_READS_SECONDS, freshReadsToken, tokenIsFresh } from "@/lib/database/fresh-token";

const secret = "test-secret-that-is-long-enough-for-the-env-check";
const now = 1_800_000_000_000;

describe("fresh reads token", () => {
  it("is fresh until its time, then not", () => {
    const token = freshReadsToken(now + 5_000, secret);
    expect(tokenIsFresh(token, now, secret)).toBe(true);
    expect(tokenIsFresh(token, now + 5_001, secret)).toBe(false);
  });
  it("refuses forged, altered, missing and far-future tokens", () => {
    const token = freshReadsToken(now + 5_000, secret);
    expect(tokenIsFresh(token, now, "another-secret-another-secret-another")).toBe(false);
    expect(tokenIsFresh(token.replace(/^\d+/, String(now + 9_000)), now, secret)).toBe(false);
    expect(tokenIsFresh(undefined, now, secret)).toBe(false);
    expect(tokenIsFresh(`${now + 5_000}`, now, secret)).toBe(false);
    expect(tokenIsFresh(freshReadsToken(now + (FRESH_READS_SECONDS + 60) * 1000, secret), now, secret)).toBe(false);
  });
});
