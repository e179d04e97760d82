"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { requestPasswordReset, resetPassword } from "@/lib/password-reset/actions";

export function RequestResetForm() {
  return (
    <ActionForm action={requestPasswordReset} className="space-y-5">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <TextInput name="email" label="Email address" type="email" autoComplete="email" state={state} required />
          {state.status === "success" ? (
            <p className="text-slate-800">
              Not in your inbox after a few minutes? Check your junk folder, or send it again.
            </p>
          ) : null}
          <SubmitButton pending={pending} pendingText="Sending…">
            {state.status === "success" ? "Send the link again" : "Email me a reset link"}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPassword} className="space-y-5">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="token" value={token} />
          <TextInput
            name="password"
            label="New password"
            hint="At least 12 characters"
            type="password"
            autoComplete="new-password"
            state={state}
            required
          />
          <TextInput
            name="confirmPassword"
            label="New password again"
            type="password"
            autoComplete="new-password"
            state={state}
            required
          />
          <SubmitButton pending={pending}>Set new password</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
