import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackUrl("/contracts")).toBe("/contracts");
    expect(safeCallbackUrl("/contracts?status=ACTIVE&q=a%20b")).toBe("/contracts?status=ACTIVE&q=a%20b");
    expect(safeCallbackUrl(["/suppliers", "/x"])).toBe("/suppliers");
  });

  // As Next hands them to the page: the query string decoded once.
  it.each([
    "/\\evil.example/phish",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "///evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "/%09/evil.example",
    "/%5c%5cevil.example",
    "/%E0%A4%A",
    "/\u0000/evil.example",
    "",
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("refuses nothing and overlong values", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl(`/${"a".repeat(2001)}`)).toBe("/");
  });
});
