"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextInput } from "@/components/ui/form";
import { claimLotMembership } from "@/lib/lots/actions";

export function LotClaimForm({ options }: { options: { value: string; label: string }[] }) {
  return (
    <ActionForm action={claimLotMembership} idPrefix="lot-claim-" className="space-y-4">
      {(state, pending) => (
        <>
          <h3 className="font-semibold text-slate-900">Claim a framework lot</h3>
          <p className="text-sm text-slate-700">
            An administrator checks each claim; until then buyers do not see it as a call-off route.
          </p>
          <FormMessage state={state} />
          <Select
            name="lotId"
            label="Framework lot"
            state={state}
            options={options}
            placeholder="Choose a framework lot"
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput name="startDate" label="Member from" type="date" state={state} required />
            <TextInput name="endDate" label="Member until (optional)" type="date" state={state} />
          </div>
          <SubmitButton pending={pending}>Send claim</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
