"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { addCommitment, recordDelivery } from "@/lib/social-value/actions";
import { SOCIAL_VALUE_THEMES } from "@/lib/social-value/schema";

type Option = { value: string; label: string };
const themeOptions = SOCIAL_VALUE_THEMES.map((t) => ({ value: t, label: t }));

export function CommitmentForm({ contractId, accountable }: { contractId: string; accountable: Option[] }) {
  return (
    <ActionForm action={addCommitment} idPrefix="commitment-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <Select name="theme" label="Theme" state={state} options={themeOptions} />
          <TextArea name="description" label="What was committed" state={state} />
          <TextInput
            name="measure"
            label="Measure"
            hint="The unit delivery is counted in, for example apprentice weeks or tonnes CO2e."
            state={state}
          />
          <TextInput name="target" label="Target (in that measure)" inputMode="decimal" state={state} />
          <Select name="accountableSupplierId" label="Accountable partner" state={state} options={accountable} />
          <SubmitButton pending={pending}>Add commitment</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DeliveryForm({ contractId, commitments }: { contractId: string; commitments: Option[] }) {
  return (
    <ActionForm action={recordDelivery} idPrefix="delivery-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <Select name="commitmentId" label="Commitment" state={state} options={commitments} />
          <TextInput name="deliveredOn" label="Date delivered" type="date" state={state} />
          <TextInput
            name="amount"
            label="Amount delivered (in the commitment's measure)"
            inputMode="decimal"
            state={state}
          />
          <TextArea name="note" label="Note (optional)" state={state} />
          <SubmitButton pending={pending}>Record delivery</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
