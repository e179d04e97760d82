"use client";

import { StickyForm } from "@/components/portal/sticky-form";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { declareSize } from "@/lib/suppliers/actions";

export function SizeForm() {
  const [state, action] = useActionState(declareSize, idle);
  return (
    <StickyForm action={action} className="space-y-4">
      <h3 className="font-semibold text-slate-900">Declare your size</h3>
      <FormMessage state={state} />
      <TextInput name="asOf" label="As at" hint="The date of the accounts these figures come from" type="date" state={state} required />
      <TextInput name="staffCount" label="Staff (headcount)" type="number" min={0} step={1} inputMode="numeric" state={state} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="turnover" label="Annual turnover (£)" hint="For example 1250000" inputMode="decimal" state={state} required />
        <TextInput name="balanceSheetTotal" label="Balance sheet total (£)" hint="For example 800000" inputMode="decimal" state={state} required />
      </div>
      <SubmitButton>Declare size</SubmitButton>
    </StickyForm>
  );
}
