"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { writeAuditCheckpoint } from "@/lib/audit/actions";

export function CheckpointForm() {
  const [state, action] = useActionState(writeAuditCheckpoint, idle);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingText="Writing…">Write a checkpoint now</SubmitButton>
    </form>
  );
}
