"use server";

import { formValues, idle, invalid, type ActionState } from "@/lib/actions/state";
import { guardDatabase } from "@/lib/actions/database";
import { SignInSchema } from "@/lib/auth/schema";

/**
 * Public, from the sign-in form, before next-auth is asked: an empty or malformed field gets its message in
 * words beside it. It looks at no account (only next-auth's credentials check does, behind its throttle), so
 * it tells nobody which emails are registered.
 */
export async function checkSignIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const parsed = SignInSchema.safeParse(formValues(formData));
    return parsed.success ? idle : invalid(parsed.error);
  });
}
