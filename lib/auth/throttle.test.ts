import { describe, expect, it } from "vitest";
import { isThrottled, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/throttle";

describe("isThrottled", () => {
  it("allows attempts below both limits", () => {
    expect(isThrottled({ forAccount: MAX_FAILURES_PER_ACCOUNT - 1, forAddress: MAX_FAILURES_PER_ADDRESS - 1 })).toBe(false);
  });
  it("blocks at the account limit, or at the address limit", () => {
    expect(isThrottled({ forAccount: MAX_FAILURES_PER_ACCOUNT, forAddress: 0 })).toBe(true);
    expect(isThrottled({ forAccount: 0, forAddress: MAX_FAILURES_PER_ADDRESS })).toBe(true);
  });
});
