import { describe, expect, it } from "vitest";
import { leadPartnerShare, membersOn } from "@/lib/contracts/partnership";

const member = (share: string, joined: string, left: string | null = null) => ({
  pledgedSharePercent: share,
  joinedOn: new Date(joined),
  leftOn: left ? new Date(left) : null,
});

describe("membersOn", () => {
  const members = [member("10", "2024-01-01"), member("5", "2024-06-01", "2025-01-01"), member("7.5", "2025-03-01")];
  it("counts a member from the day it joins until the day it leaves", () => {
    expect(membersOn(members, new Date("2024-06-01"))).toHaveLength(2);
    expect(membersOn(members, new Date("2025-01-01"))).toHaveLength(1);
    expect(membersOn(members, new Date("2025-03-01"))).toHaveLength(2);
  });
});

describe("leadPartnerShare", () => {
  it("is what the members' pledges leave, exactly", () => {
    expect(leadPartnerShare([member("10.25", "2024-01-01"), member("20.5", "2024-01-01")]).toString()).toBe("69.25");
    expect(leadPartnerShare([]).toString()).toBe("100");
  });
});
