import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { checkSignIn } from "@/lib/auth/actions";
import { SignInSchema } from "@/lib/auth/schema";
import { form } from "@/tests/actions";

describe("checkSignIn", () => {
  it("says what is missing beside each field, in words", async () => {
    expect(await checkSignIn(idle, form({ email: "", password: "" }))).toMatchObject({
      status: "error",
      fieldErrors: { email: ["Enter your email address"], password: ["Enter your password"] },
    });
    expect(await checkSignIn(idle, form({ email: "   ", password: "x" }))).toMatchObject({
      fieldErrors: { email: ["Enter your email address"] },
    });
  });

  it("says an address is not in the right format, and nothing of the password", async () => {
    const state = await checkSignIn(idle, form({ email: "lead.nhse at partnerscope", password: "x" }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { email: ["Enter an email address in the correct format, like name@example.com"] },
    });
    expect(state.status === "error" && state.fieldErrors?.password).toBeFalsy();
  });

  it("lets a well-formed sign-in through to next-auth, whatever the password", async () => {
    expect(await checkSignIn(idle, form({ email: "Someone@Example.org", password: "wrong" }))).toEqual(idle);
  });
});

describe("SignInSchema", () => {
  it("reads the address as typed, trimmed and in lower case", () => {
    expect(SignInSchema.parse({ email: "  Lead.NHSE@Partnerscope.Example ", password: "p" }).email).toBe(
      "lead.nhse@partnerscope.example",
    );
  });
});
