import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, FORMER_ACTION_LABELS } from "@/lib/audit/action-names";
import { actionLabel } from "@/lib/audit/labels";

const CONVENTION = /^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+$/;

describe("audit action names", () => {
  it("follow one convention: record.verb, lowercase, hyphens within a part", () => {
    expect(Object.keys(AUDIT_ACTIONS).filter((name) => !CONVENTION.test(name))).toEqual([]);
  });
  it("each read as their own words, and names recorded before the convention read as their successors", () => {
    expect(actionLabel("partnership.member-add")).toBe("Member added");
    expect(actionLabel("partnership.member_add")).toBe("Member added");
    expect(actionLabel("social_value.deliver")).toBe(actionLabel("social-value.deliver"));
    for (const former of Object.keys(FORMER_ACTION_LABELS)) expect(CONVENTION.test(former)).toBe(false);
  });
  it("an export reads as its words", () => {
    expect(actionLabel("export.audit-trail")).toBe("Export audit trail");
  });
});
