import { describe, expect, it } from "vitest";
import { missingMigrations } from "@/lib/database/readiness";

describe("missingMigrations", () => {
  it("names the migrations the code expects that the database has not applied, in order", () => {
    expect(missingMigrations(["2026_init", "2026_audit", "2026_spend"], ["2026_init"])).toEqual([
      "2026_audit",
      "2026_spend",
    ]);
    expect(missingMigrations(["2026_init"], ["2026_init", "2027_newer_elsewhere"])).toEqual([]);
  });
});
