"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/state";
import { retryFailedJob } from "@/lib/jobs/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";

export function RetryJobForm({ jobId, title }: { jobId: string; title: string }) {
  const [state, action] = useActionState(retryFailedJob, idle);
  return (
    <form action={action} className="space-y-1">
      <FormMessage state={state} />
      <input type="hidden" name="jobId" value={jobId} />
      <SubmitButton pendingText="Retrying…">
        Retry
        <span className="sr-only">
          {" "}
          {title} job {jobId.slice(0, 8)}
        </span>
      </SubmitButton>
    </form>
  );
}
