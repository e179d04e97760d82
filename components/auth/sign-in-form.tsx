"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { failure, idle, type ActionState } from "@/lib/actions/state";
import { checkSignIn } from "@/lib/auth/actions";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** What next-auth's answer means to the person signing in. */
function refusal(error: string): ActionState {
  if (error === "THROTTLED")
    return failure("Too many failed attempts. Wait a few minutes and try again, or ask your administrator to help.");
  if (error === "UNAVAILABLE") return failure("Signing in is not working just now. Try again in a minute.");
  // One message whatever went wrong: it must not reveal which accounts exist.
  return failure("Email or password is wrong.");
}

/**
 * The one form pattern: the server checks what was typed (messages beside the fields, the error summary),
 * then next-auth checks the password, throttled, and sets the session cookie.
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();

  async function signInWith(previous: ActionState, formData: FormData): Promise<ActionState> {
    const checked = await checkSignIn(previous, formData);
    if (checked.status === "error") return checked;
    const result = await signIn("credentials", {
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) return refusal(result?.error ?? "");
    router.replace(safeCallbackUrl(callbackUrl));
    router.refresh();
    return idle;
  }

  return (
    <ActionForm action={signInWith} className="space-y-5">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            state={state}
          />
          <TextInput name="password" label="Password" type="password" autoComplete="current-password" state={state} />
          <SubmitButton pending={pending} pendingText="Signing in…">
            Sign in
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
