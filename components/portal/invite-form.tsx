"use client";

import { useSyncExternalStore } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { inviteColleague, type InvitationState } from "@/lib/invitations/actions";

const noSubscription = () => () => {};

/** The one-time link an invitation made, shown to copy; the colleague is emailed it too. */
export function InvitationLink({ link, id = "invitation-link" }: { link: string; id?: string }) {
  // The link is shown with this page's own address; the server does not know which name it was reached by.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        One-time invitation link
      </label>
      <input
        id={id}
        readOnly
        value={`${origin}${link}`}
        className="mt-1 w-full rounded border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm"
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

/** A supplier user invites a colleague to its own organisation. */
export function InviteForm() {
  return (
    <ActionForm<InvitationState> action={inviteColleague} idPrefix="invite-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          {state.status === "success" && state.link ? <InvitationLink link={state.link} /> : null}
          <TextInput name="email" label="Colleague's email address" type="email" state={state} required />
          <SubmitButton pending={pending} pendingText="Creating…">
            Create invitation
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
