"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { signOutEverywhere } from "@/lib/users/actions";

export function SignOutEverywhereForm({ userId }: { userId: string }) {
  const [state, action] = useActionState(signOutEverywhere, idle);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-800">Ends every session this person has, on every device. They can sign in again.</p>
      <SubmitButton pendingText="Signing out…">Sign out everywhere</SubmitButton>
    </form>
  );
}
