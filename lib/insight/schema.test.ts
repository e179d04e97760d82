import { describe, expect, it } from "vitest";
import { InsightFiltersSchema, dateBounds } from "@/lib/insight/schema";

describe("InsightFiltersSchema", () => {
  it("keeps well-formed filters and drops malformed ones", () => {
    const f = InsightFiltersSchema.parse({ from: "2025-04", to: "2025-13", lot: "abc123", supplier: "x'; drop table" });
    expect(f).toEqual({
      from: "2025-04",
      to: undefined,
      department: undefined,
      framework: undefined,
      lot: "abc123",
      capability: undefined,
      supplier: undefined,
    });
  });

  it("swaps a reversed range", () => {
    expect(InsightFiltersSchema.parse({ from: "2026-03", to: "2025-04" })).toMatchObject({
      from: "2025-04",
      to: "2026-03",
    });
  });

  it("turns months into a half-open date range, across a year end", () => {
    expect(dateBounds(InsightFiltersSchema.parse({ from: "2025-04", to: "2025-12" }))).toEqual({
      fromDate: "2025-04-01",
      toDateExclusive: "2026-01-01",
    });
    expect(dateBounds(InsightFiltersSchema.parse({}))).toEqual({ fromDate: null, toDateExclusive: null });
  });
});
