import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/access/navigation";

const labels = (...args: Parameters<typeof navigationFor>) => navigationFor(...args).map((i) => i.label);

describe("navigationFor", () => {
  it("names the register in each role's words", () => {
    expect(labels("COMMERCIAL_LEAD", null)).toContain("Contract register");
    expect(labels("SUPPLIER_USER", "s1")).toContain("Our contracts");
    expect(labels("AUDITOR", null)).toContain("Contracts");
  });
  it("shows each area only to the roles that may open it", () => {
    expect(labels("AUDITOR", null)).not.toContain("Imports");
    expect(labels("COMMERCIAL_LEAD", null)).not.toContain("Audit trail");
    expect(labels("SUPPLIER_USER", "s1")).not.toContain("Dashboards");
    expect(labels("SUPPLIER_USER", "s1")).toContain("Partner search");
    expect(labels("AUDITOR", null)).not.toContain("Partner search");
    expect(labels("ADMIN", null)).toEqual(expect.arrayContaining(["Users", "Lot claims", "Audit trail", "Imports"]));
  });
  it("links a supplier to its own organisation's editable page, second, once", () => {
    expect(navigationFor("SUPPLIER_USER", "s1")[1]).toEqual({ href: "/portal", label: "Our organisation" });
    const hrefs = navigationFor("SUPPLIER_USER", "s1").map((i) => i.href);
    expect(hrefs.filter((h) => h === "/portal" || h.startsWith("/suppliers"))).toEqual(["/portal"]);
    expect(labels("SUPPLIER_USER", "s1")).not.toContain("Our profile");
    expect(labels("SUPPLIER_USER", null)).not.toContain("Our organisation");
    expect(labels("COMMERCIAL_LEAD", null)).not.toContain("Our organisation");
  });
});
