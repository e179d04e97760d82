import { describe, expect, it } from "vitest";
import { COMPANIES_HOUSE_NUMBER, normaliseSupplierName } from "@/lib/suppliers/normalise-name";

describe("normaliseSupplierName", () => {
  it("ignores case, punctuation and company suffixes", () => {
    expect(normaliseSupplierName("Palantir Technologies UK Ltd.")).toBe("palantir technologies");
    expect(normaliseSupplierName("PALANTIR TECHNOLOGIES UK LIMITED")).toBe("palantir technologies");
    expect(normaliseSupplierName("Accenture (UK) Limited")).toBe("accenture");
  });
  it("treats & and 'and' alike", () => {
    expect(normaliseSupplierName("Smith & Jones PLC")).toBe(normaliseSupplierName("Smith and Jones plc"));
  });
});

describe("Companies House number format", () => {
  it.each(["12345678", "SC123456", "NI000001"])("accepts %s", (n) => expect(COMPANIES_HOUSE_NUMBER.test(n)).toBe(true));
  it.each(["1234567", "S1234567", "SC12345", "123456789", "sc123456"])("rejects %s", (n) =>
    expect(COMPANIES_HOUSE_NUMBER.test(n)).toBe(false),
  );
});
