import { describe, expect, it } from "vitest";
import { AuditListParamsSchema, ignoredDateFilters } from "@/lib/audit/schema";

const check = (raw: Record<string, string | undefined>) => ignoredDateFilters(raw, AuditListParamsSchema.parse(raw));

describe("ignoredDateFilters", () => {
  it("names each date filter that is not a real day 1900-2100, with what was sent", () => {
    expect(check({ from: "2025-02-31", to: "9999-12-31" })).toEqual({ from: "2025-02-31", to: "9999-12-31" });
    expect(check({ from: "yesterday", to: "2025-03-31" })).toEqual({ from: "yesterday" });
  });

  it("is empty for real days and for filters left blank", () => {
    expect(check({ from: "2025-02-28", to: "2025-03-31" })).toEqual({});
    expect(check({ from: "", to: undefined })).toEqual({});
  });
});
