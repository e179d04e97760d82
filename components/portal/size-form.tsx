"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { declareSize } from "@/lib/suppliers/portal-actions";

export function SizeForm() {
  return (
    <ActionForm action={declareSize} idPrefix="size-" className="space-y-4">
      {(state, pending) => (
        <>
          <h3 className="font-semibold text-slate-900">Declare your size</h3>
          <FormMessage state={state} />
          <TextInput
            name="asOf"
            label="As at"
            hint="The date of the accounts these figures come from"
            type="date"
            state={state}
            required
          />
          <TextInput
            name="staffCount"
            label="Staff (headcount)"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            state={state}
            required
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput
              name="turnover"
              label="Annual turnover (£)"
              hint="For example 1250000"
              inputMode="decimal"
              state={state}
              required
            />
            <TextInput
              name="balanceSheetTotal"
              label="Balance sheet total (£)"
              hint="For example 800000"
              inputMode="decimal"
              state={state}
              required
            />
          </div>
          <SubmitButton pending={pending}>Declare size</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
