"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { removeCapability, saveCapability } from "@/lib/suppliers/portal-actions";

export function CapabilityForm({ options }: { options: { value: string; label: string }[] }) {
  return (
    <ActionForm action={saveCapability} idPrefix="capability-" className="space-y-4">
      {(state, pending) => (
        <>
          <h3 className="font-semibold text-slate-900">Add or update a capability</h3>
          <FormMessage state={state} />
          <Select
            name="capabilityId"
            label="Capability"
            state={state}
            options={options}
            placeholder="Choose a capability"
            required
          />
          <TextArea
            name="description"
            label="What you offer"
            hint="A sentence or two, at most 500 characters"
            maxLength={500}
            state={state}
            required
          />
          <TextInput
            name="evidence"
            label="Evidence (optional)"
            hint="For example a past contract or a certification"
            maxLength={500}
            state={state}
          />
          <SubmitButton pending={pending}>Save capability</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Removing asks first: a capability's description and evidence are lost with it. */
export function RemoveCapabilityButton({ id, name }: { id: string; name: string }) {
  return (
    <ActionForm action={removeCapability} confirm={`Remove ${name} from your capabilities?`} className="inline">
      {(state, pending) => (
        <>
          <input type="hidden" name="supplierCapabilityId" value={id} />
          <button type="submit" disabled={pending} className="text-sm font-semibold text-red-800 underline">
            Remove<span className="sr-only"> {name}</span>
          </button>
          {state.status === "error" ? (
            <span role="alert" className="ml-2 text-sm text-red-800">
              {state.message}
            </span>
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
