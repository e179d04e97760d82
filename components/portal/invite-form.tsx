"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { inviteColleague, type InvitationState } from "@/lib/invitations/actions";

/** No email leaves this machine: the inviter is shown the one-time link to pass on. */
export function InviteForm() {
  const [state, action] = useActionState<InvitationState, FormData>(inviteColleague, idle);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      {state.status === "success" && state.link ? (
        <div>
          <label htmlFor="invitation-link" className="block font-medium text-slate-900">
            One-time invitation link
          </label>
          <input id="invitation-link" readOnly value={`${origin}${state.link}`} className="mt-1 w-full rounded border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <TextInput name="email" label="Colleague's email address" type="email" state={state} required />
      <SubmitButton pendingText="Creating…">Create invitation</SubmitButton>
    </form>
  );
}
