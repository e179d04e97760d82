"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { approveNotice, draftNotice, publishNotice } from "@/lib/notices/actions";

/** Drafts the notice a duty calls for; the server recomputes the duty and builds the release. */
export function DraftNoticeForm({
  obligationKey,
  contractId,
  departmentId,
  label,
}: {
  obligationKey: string;
  contractId: string | null;
  departmentId: string;
  label: string;
}) {
  return (
    <ActionForm action={draftNotice} idPrefix={`draft-${obligationKey}-`}>
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="obligationKey" value={obligationKey} />
          {contractId ? (
            <input type="hidden" name="contractId" value={contractId} />
          ) : (
            <input type="hidden" name="departmentId" value={departmentId} />
          )}
          <button
            type="submit"
            disabled={pending}
            aria-label={label}
            className="rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
          >
            {pending ? "Drafting…" : "Draft notice"}
          </button>
        </>
      )}
    </ActionForm>
  );
}

export function ApproveNoticeForm({ noticeId }: { noticeId: string }) {
  return (
    <ActionForm action={approveNotice} idPrefix="approve-" className="space-y-3">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="noticeId" value={noticeId} />
          <SubmitButton pending={pending} pendingText="Approving…">
            Approve notice
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function PublishNoticeForm({ noticeId }: { noticeId: string }) {
  return (
    <ActionForm action={publishNotice} idPrefix="publish-" className="space-y-3">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="noticeId" value={noticeId} />
          <TextInput
            name="publishedNoticeId"
            label="Find a Tender notice id"
            hint="Shown on the notice once Find a Tender has published it, for example 012345-2026."
            state={state}
            autoComplete="off"
          />
          <SubmitButton pending={pending}>Mark as published</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
