import { describe, expect, it } from "vitest";
import { AuditListParamsSchema } from "@/lib/audit/schema";

describe("the audit trail's date filters", () => {
  it.each(["2025-02-31", "0000-01-01", "2025-13-01", "yesterday"])(
    "drop %s rather than read it as another day",
    (day) => {
      expect(AuditListParamsSchema.parse({ from: day, to: day })).toMatchObject({ from: undefined, to: undefined });
    },
  );

  it("keep a real day", () => {
    expect(AuditListParamsSchema.parse({ from: "2024-02-29" }).from).toBe("2024-02-29");
  });
});
