"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { writeAuditCheckpoint } from "@/lib/audit/actions";

export function CheckpointForm() {
  return (
    <ActionForm action={writeAuditCheckpoint} className="space-y-3">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <SubmitButton pending={pending} pendingText="Writing…">
            Write a checkpoint now
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
