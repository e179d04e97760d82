import { describe, expect, it } from "vitest";
import { trailVerdict, type TrailVerification } from "@/lib/audit/verify";

const linked = { checked: 3, firstId: 1n, lastId: 3n, break: null } as const;
const checkpoint = { eventCount: 5, lastId: "5", headHash: "ab", at: "2026-12-01T09:00:00.000Z", mac: "00" };

describe("the Verify page's headline", () => {
  it("is never 'intact' when the chain links but its end is not where a signed checkpoint says", () => {
    const ended: TrailVerification = {
      ...linked,
      end: { status: "broken", problem: { kind: "missing", checkpoint, lastId: 3n, eventCount: 3 } },
    };
    expect(trailVerdict(ended)).toBe("end-altered");
  });

  it("names a broken chain first, whatever the checkpoints say", () => {
    const broken: TrailVerification = {
      ...linked,
      break: { id: 2n, reason: "hash" },
      end: { status: "no-checkpoint" },
    };
    expect(trailVerdict(broken)).toBe("chain-altered");
  });

  it.each(["no-checkpoint", "no-key", "confirmed"] as const)(
    "is intact when the chain links and the end is %s",
    (status) => {
      const end =
        status === "confirmed"
          ? { status, checkpoint, checkpoints: 1, eventsSince: 0 }
          : status === "no-key"
            ? { status, message: "no key" }
            : { status };
      expect(trailVerdict({ ...linked, end })).toBe("intact");
    },
  );
});
