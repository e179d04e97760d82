"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { signOutEverywhere } from "@/lib/users/actions";

export function SignOutEverywhereForm({ userId }: { userId: string }) {
  return (
    <ActionForm action={signOutEverywhere} idPrefix="sign-out-" className="space-y-3">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="userId" value={userId} />
          <p className="text-sm text-slate-800">
            Ends every session this person has, on every device. They can sign in again.
          </p>
          <SubmitButton pending={pending} pendingText="Signing out…">
            Sign out everywhere
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
