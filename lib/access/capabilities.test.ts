import { describe, expect, it } from "vitest";
import { CAPABILITIES, can, roleCan, type Capability } from "@/lib/access/capabilities";
import { ROLES } from "@/lib/access/roles";

const holders = (capability: Capability) => ROLES.filter((role) => roleCan(role, capability));
const held = (role: (typeof ROLES)[number]) =>
  (Object.keys(CAPABILITIES) as Capability[]).filter((capability) => roleCan(role, capability));

// The policy in a few lines a reviewer can check against the brief; the authorisation matrix then tests
// that every page, route and action enforces the capability it names.
describe("capabilities", () => {
  it("every capability is held by someone", () => {
    for (const capability of Object.keys(CAPABILITIES) as Capability[]) expect(holders(capability)).not.toEqual([]);
  });

  it("keeps administration with administrators only", () => {
    for (const capability of ["manageUsers", "manageJobs", "verifyClaims", "importOcds"] as const)
      expect(holders(capability)).toEqual(["ADMIN"]);
  });

  it("lets auditors read and export what they are granted, and change nothing", () => {
    expect(held("AUDITOR")).toEqual(["readInsight", "browseSuppliers", "readNotices", "export", "readAudit"]);
  });

  it("gives suppliers their own organisation, returns and partner search, and nothing of the buyer side", () => {
    expect(held("SUPPLIER_USER")).toEqual(["searchPartners", "maintainOwnSupplier", "fileSupplyChainReturns"]);
  });

  it("lets commercial leads write contracts and import spend, but not read the audit trail", () => {
    expect(held("COMMERCIAL_LEAD")).toEqual([
      "readInsight",
      "browseSuppliers",
      "readNotices",
      "export",
      "writeContracts",
      "importSpend",
      "searchPartners",
    ]);
  });

  it("answers for a caller by its role", () => {
    expect(can({ role: "COMMERCIAL_LEAD" }, "writeContracts")).toBe(true);
    expect(can({ role: "AUDITOR" }, "writeContracts")).toBe(false);
  });
});
