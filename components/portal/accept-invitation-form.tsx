"use client";

import { StickyForm } from "@/components/portal/sticky-form";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { acceptInvitation } from "@/lib/invitations/actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(acceptInvitation, idle);
  return (
    <StickyForm action={action} className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <p className="text-slate-800">
        You will sign in as <span className="font-semibold">{email}</span>.
      </p>
      <TextInput name="name" label="Your name" state={state} autoComplete="name" required />
      <TextInput name="password" label="Password" hint="At least 12 characters" type="password" state={state} autoComplete="new-password" required />
      <SubmitButton pendingText="Joining…">Join</SubmitButton>
    </StickyForm>
  );
}
