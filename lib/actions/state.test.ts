import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues, invalid } from "@/lib/actions/state";

describe("formValues", () => {
  it("turns blanks into undefined and repeated names into arrays", () => {
    const fd = new FormData();
    fd.append("title", "  ");
    fd.append("member", "a");
    fd.append("member", "b");
    fd.append("$ACTION_ID_123", "");
    expect(formValues(fd)).toEqual({ title: undefined, member: ["a", "b"] });
  });
});

describe("invalid", () => {
  it("names fields in words, not code", () => {
    const result = z.object({ leadPartnerId: z.string(), awardValue: z.string() }).safeParse({});
    expect(invalid(result.error!)).toMatchObject({ message: "Check these fields: lead partner, award value." });
  });
  it("names the fields in its message", () => {
    const result = z.object({ title: z.string(), value: z.number() }).safeParse({});
    expect(invalid(result.error!)).toMatchObject({ status: "error", message: "Check these fields: title, value." });
  });
});
