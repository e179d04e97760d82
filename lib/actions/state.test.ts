import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkFieldsMessage, formValues, invalid } from "@/lib/actions/state";

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
  it("names fields in words, not code, and marks the message as naming them (the summary reorders it)", () => {
    const result = z.object({ leadPartnerId: z.string(), awardValue: z.string() }).safeParse({});
    expect(invalid(result.error!)).toMatchObject({
      message: "Check these fields: lead partner, award value.",
      namesFields: true,
    });
  });
  it("says the fields in the order it is given (the error summary gives the form's order)", () => {
    expect(checkFieldsMessage(["awardValue", "leadPartnerId", "endDate"])).toBe(
      "Check these fields: award value, lead partner, end date.",
    );
    expect(checkFieldsMessage(["ocdsFile"])).toBe("Check this field: ocds file.");
  });
  it("keeps a refinement's own message when no field is named", () => {
    const result = z
      .object({ from: z.string() })
      .refine(() => false, "Choose a start before the end")
      .safeParse({ from: "x" });
    expect(invalid(result.error!)).toEqual({
      status: "error",
      message: "Choose a start before the end",
      fieldErrors: {},
    });
  });
  it("names the fields in its message", () => {
    const result = z.object({ title: z.string(), value: z.number() }).safeParse({});
    expect(invalid(result.error!)).toMatchObject({ status: "error", message: "Check these fields: title, value." });
  });
  it("puts zod's developer messages in words", () => {
    const result = z
      .object({ reason: z.string().min(5), sizeClass: z.enum(["SMALL", "LARGE"]), email: z.email() })
      .safeParse({ sizeClass: "HUGE", email: "x" });
    expect(invalid(result.error!)).toMatchObject({
      fieldErrors: {
        reason: ["Enter the reason"],
        sizeClass: ["Choose the size class from the list"],
        email: ["Check the email"],
      },
    });
  });
  it("keeps a schema's own message", () => {
    const result = z.object({ reason: z.string().min(5, "Give a reason") }).safeParse({ reason: "no" });
    expect(invalid(result.error!)).toMatchObject({ fieldErrors: { reason: ["Give a reason"] } });
  });
});
