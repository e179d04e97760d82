import { describe, expect, it } from "vitest";
import { resolutionOf } from "./identity";
import { QUEUE_REASON_TEXT } from "./queue-reasons";

describe("resolutionOf", () => {
  it("reads a resolved row as a match, a queued name with its reason, or nothing known", () => {
    expect(resolutionOf({ outcome: "identifier", supplierId: "s1", supplierIds: ["s1"] })).toEqual({
      kind: "matched",
      supplierId: "s1",
      by: "identifier",
    });
    expect(resolutionOf({ outcome: "alias", supplierId: "s2", supplierIds: ["s2"] })).toEqual({
      kind: "matched",
      supplierId: "s2",
      by: "alias",
    });
    expect(resolutionOf({ outcome: "several-with-name", supplierId: null, supplierIds: ["a", "b"] })).toEqual({
      kind: "queue",
      reason: "several-with-name",
      supplierIds: ["a", "b"],
    });
    expect(resolutionOf({ outcome: "unknown", supplierId: null, supplierIds: [] })).toEqual({ kind: "none" });
  });

  it("has words for every reason a name waits", () => {
    for (const reason of [
      "identifiers-disagree",
      "identifier-differs",
      "several-with-name",
      "unverified-self-registered",
      "unknown",
    ] as const) {
      expect(QUEUE_REASON_TEXT[reason]).toMatch(/[.?]$/);
    }
  });
});
