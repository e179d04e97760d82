"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { acceptInvitation } from "@/lib/invitations/actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  return (
    <ActionForm action={acceptInvitation} className="space-y-5">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="token" value={token} />
          <p className="text-slate-800">
            You will sign in as <span className="font-semibold">{email}</span>.
          </p>
          <TextInput name="name" label="Your name" state={state} autoComplete="name" required />
          <TextInput
            name="password"
            label="Password"
            hint="At least 12 characters"
            type="password"
            state={state}
            autoComplete="new-password"
            required
          />
          <SubmitButton pending={pending} pendingText="Joining…">
            Join
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
