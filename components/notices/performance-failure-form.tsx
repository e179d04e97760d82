"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { recordPerformanceFailure } from "@/lib/notices/actions";
import { PERFORMANCE_FAILURE_KINDS, PERFORMANCE_FAILURE_LABELS } from "@/lib/notices/schema";

const kindOptions = PERFORMANCE_FAILURE_KINDS.map((k) => ({ value: k, label: PERFORMANCE_FAILURE_LABELS[k] }));

/** A breach or a failure to improve: a contract performance notice (UK9) is due within 30 days of it being found. */
export function PerformanceFailureForm({
  contractId,
  suppliers,
}: {
  contractId: string;
  suppliers: Array<{ value: string; label: string }>;
}) {
  return (
    <ActionForm action={recordPerformanceFailure} idPrefix="failure-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <Select name="kind" label="What was found" state={state} options={kindOptions} />
          <TextInput name="foundOn" label="Date it was found" type="date" state={state} />
          <Select name="supplierId" label="Supplier responsible" state={state} options={suppliers} />
          <TextArea name="description" label="What happened" state={state} />
          <SubmitButton pending={pending}>Record finding</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
