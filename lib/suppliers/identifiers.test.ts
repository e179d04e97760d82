import { describe, expect, it } from "vitest";
import { normaliseIdentifier, usableIdentifiers } from "./identifiers";

describe("supplier identifiers", () => {
  it("writes one organisation's id one way", () => {
    expect(normaliseIdentifier("GB-COH", "6591813")).toBe("06591813");
    expect(normaliseIdentifier("GB-COH", " ni055626 ")).toBe("NI055626");
    expect(normaliseIdentifier("GB-COH", "SC 123456")).toBe("SC123456");
    expect(normaliseIdentifier("VAT", "GB 123 4567 89")).toBe("123456789");
    expect(normaliseIdentifier("DUNS", "21-846-3423")).toBe("218463423");
    expect(normaliseIdentifier("GB-NIC", "NIC100002")).toBe("100002");
    expect(normaliseIdentifier("GB-PPON", "pdjx-3917-nxzy")).toBe("PDJX-3917-NXZY");
  });

  it("keeps known schemes and well-formed ids, each once", () => {
    expect(
      usableIdentifiers([
        { scheme: "GB-COH", id: "6591813" },
        { scheme: "gb-coh", id: "06591813" },
        { scheme: "GB-CHC", id: "1089464" },
        { scheme: "GB-COH", id: "not a number" },
        { scheme: "GB-GOR", id: "D25" },
        { scheme: "US-EIN", id: "12-3456789" },
      ]),
    ).toEqual([
      { scheme: "GB-COH", identifier: "06591813" },
      { scheme: "GB-CHC", identifier: "1089464" },
    ]);
  });
});
