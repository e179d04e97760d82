"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { retryFailedJob } from "@/lib/jobs/actions";

export function RetryJobForm({ jobId, title }: { jobId: string; title: string }) {
  return (
    <ActionForm action={retryFailedJob} className="space-y-1">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="jobId" value={jobId} />
          <SubmitButton pending={pending} pendingText="Retrying…">
            Retry
            <span className="sr-only">
              {" "}
              {title} job {jobId.slice(0, 8)}
            </span>
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
