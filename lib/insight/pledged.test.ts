import { describe, expect, it } from "vitest";
import { byTokenism, pledgedVsDelivered } from "@/lib/insight/pledged";

describe("pledgedVsDelivered", () => {
  it("compares pledged share with the share of contract spend received", () => {
    // Contract spend £10,000. A pledged 20% and got £1,800 (18%); B pledged 10% and got £300 (3%).
    const [a, b] = pledgedVsDelivered("10000.00", [
      { supplierId: "a", pledgedSharePercent: "20.00", received: "1800.00" },
      { supplierId: "b", pledgedSharePercent: "10.00", received: "300.00" },
    ]);
    expect(a?.delivered.toString()).toBe("0.18");
    expect(a?.shortfall.toString()).toBe("2");
    expect(a?.tokenism).toBe(false);
    expect(b?.delivered.toString()).toBe("0.03");
    expect(b?.shortfall.toString()).toBe("7");
    expect(b?.tokenism).toBe(true);
  });

  it("tokenism starts below half the pledge: exactly half is not tokenism", () => {
    const [half, below] = pledgedVsDelivered("1000", [
      { supplierId: "h", pledgedSharePercent: "10", received: "50" },
      { supplierId: "l", pledgedSharePercent: "10", received: "49.99" },
    ]);
    expect(half?.tokenism).toBe(false);
    expect(below?.tokenism).toBe(true);
  });

  it("with no contract spend nothing is delivered yet", () => {
    const [m] = pledgedVsDelivered("0", [{ supplierId: "m", pledgedSharePercent: "5", received: "0" }]);
    expect(m?.delivered.toString()).toBe("0");
    expect(m?.tokenism).toBe(true);
  });

  it("lists partnerships with tokenism first, then by largest shortfall", () => {
    const mk = (id: string, pledged: string, received: string) => ({
      id,
      members: pledgedVsDelivered("100", [{ supplierId: id, pledgedSharePercent: pledged, received }]),
    });
    const ordered = byTokenism([mk("fine", "10", "9"), mk("token", "10", "1"), mk("short", "30", "20")]);
    expect(ordered.map((p) => p.id)).toEqual(["token", "short", "fine"]);
  });
});
