"use client";

import { StickyForm } from "@/components/portal/sticky-form";
import { useActionState } from "react";
import { FormMessage, Select, SubmitButton, TextInput } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { submitReturnLine, uploadReturnCsv, type ReturnState } from "@/lib/supply-chain/actions";

type Option = { value: string; label: string };

function RowErrors({ state, id }: { state: ReturnState; id: string }) {
  if (state.status !== "error" || !state.rowErrors?.length) return <FormMessage state={state} />;
  return (
    <div role="alert" aria-labelledby={id} className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p id={id} className="font-semibold">
        {state.message}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {state.rowErrors.map((e) => (
          <li key={`${e.row}-${e.message}`}>
            Row {e.row}: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ReturnLineForm({ contracts, members }: { contracts: Option[]; members: Option[] }) {
  const [state, action] = useActionState<ReturnState, FormData>(submitReturnLine, idle);
  return (
    <StickyForm action={action} className="space-y-4">
      <RowErrors state={state} id="line-errors" />
      <Select name="contract" label="Contract" state={state} options={contracts} placeholder="Choose a contract you lead" required />
      <Select name="member" label="Partnership member paid" state={state} options={members} placeholder="Choose a member" required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="month" label="Month" hint="YYYY-MM" type="month" state={state} required />
        <TextInput name="amount" label="Amount paid (£)" hint="For example 125000.50" inputMode="decimal" state={state} required />
      </div>
      <SubmitButton>Submit payment</SubmitButton>
    </StickyForm>
  );
}

export function ReturnCsvForm() {
  const [state, action] = useActionState<ReturnState, FormData>(uploadReturnCsv, idle);
  return (
    <form action={action} className="space-y-4">
      <RowErrors state={state} id="csv-errors" />
      <TextInput
        name="file"
        label="CSV file"
        hint="Header: contract, month, member, amount. Contract is its reference or id; month is YYYY-MM; member is a Companies House number or name. If any row is wrong, nothing is saved."
        type="file"
        accept=".csv,text/csv"
        state={state}
        required
      />
      <SubmitButton pendingText="Checking…">Upload return</SubmitButton>
    </form>
  );
}
