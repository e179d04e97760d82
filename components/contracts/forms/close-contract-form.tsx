"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { closeContract } from "@/lib/contracts/actions";
import { CLOSING_STATUSES, STATUS_LABELS } from "@/lib/contracts/schema";

const statusOptions = CLOSING_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

/** Closing is final: the form asks for how and why, and the button asks for confirmation. */
export function CloseContractForm({ id, version }: { id: string; version: number }) {
  return (
    <ActionForm action={closeContract} className="max-w-xl space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Select name="status" label="How it ended" state={state} options={statusOptions} placeholder="Choose one" />
          <TextInput name="closedOn" label="Date it ended" type="date" state={state} />
          <TextArea name="reason" label="Reason" state={state} />
          <div
            onClickCapture={(event) => {
              if (!window.confirm("Close this contract? It can no longer be amended.")) event.preventDefault();
            }}
          >
            <SubmitButton pending={pending}>Close contract</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
