import { describe, expect, it } from "vitest";
import { isVerifiedLotMemberOn, type LotMembershipFacts } from "@/lib/lots/membership";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const member = (over: Partial<LotMembershipFacts> = {}): LotMembershipFacts => ({
  lotId: "lot-1",
  status: "VERIFIED",
  startDate: d("2024-01-01"),
  endDate: d("2024-12-31"),
  ...over,
});

describe("isVerifiedLotMemberOn", () => {
  it("counts a verified membership on its first and last day", () => {
    expect(isVerifiedLotMemberOn([member()], "lot-1", d("2024-01-01"))).toBe(true);
    expect(isVerifiedLotMemberOn([member()], "lot-1", new Date("2024-12-31T18:30:00Z"))).toBe(true);
  });
  it("never counts a claim or a rejected claim", () => {
    expect(isVerifiedLotMemberOn([member({ status: "CLAIMED" })], "lot-1", d("2024-06-01"))).toBe(false);
    expect(isVerifiedLotMemberOn([member({ status: "REJECTED" })], "lot-1", d("2024-06-01"))).toBe(false);
  });
  it("is false outside the dates or for another lot; an open end runs on", () => {
    expect(isVerifiedLotMemberOn([member()], "lot-1", d("2023-12-31"))).toBe(false);
    expect(isVerifiedLotMemberOn([member()], "lot-1", d("2025-01-01"))).toBe(false);
    expect(isVerifiedLotMemberOn([member()], "lot-2", d("2024-06-01"))).toBe(false);
    expect(isVerifiedLotMemberOn([member({ endDate: null })], "lot-1", d("2030-01-01"))).toBe(true);
  });
});
