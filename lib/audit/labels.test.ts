import { describe, expect, it } from "vitest";
import { actionLabel, fieldChanges, valueText } from "@/lib/audit/labels";

describe("audit events in words", () => {
  it("names actions", () => {
    expect(actionLabel("lot-membership.reject")).toBe("Lot claim rejected");
    expect(actionLabel("notice.publish_draft")).toBe("Notice publish draft");
  });
  it("shows values as a person reads them", () => {
    expect(valueText("2025-03-01T00:00:00.000Z")).toBe("1 Mar 2025");
    expect(valueText(true)).toBe("Yes");
    expect(valueText(null)).toBe("—");
    expect(valueText({ sizeClass: "SMALL", isSme: true })).toBe("Size class: SMALL; Is sme: Yes");
  });
  it("lists only what changed, without bookkeeping fields", () => {
    const before = { id: "c1", title: "Old", hasExitPlan: false, version: 1, endDate: "2027-01-31T00:00:00.000Z" };
    const after = { id: "c1", title: "New", hasExitPlan: true, version: 2, endDate: "2027-01-31T00:00:00.000Z" };
    expect(fieldChanges(before, after)).toEqual([
      { field: "Title", before: "Old", after: "New" },
      { field: "Has exit plan", before: "No", after: "Yes" },
    ]);
  });
  it("opens a record nested under one key, and lists a creation's fields", () => {
    expect(fieldChanges(null, { member: { supplierId: "s1", pledgedSharePercent: "10.00" } })).toEqual([
      { field: "Supplier id", before: "—", after: "s1" },
      { field: "Pledged share percent", before: "—", after: "10.00" },
    ]);
  });
});
