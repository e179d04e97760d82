"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, FormMessage, SubmitButton } from "@/components/ui/form";
import { SupplierPicker } from "@/components/suppliers/supplier-picker";
import { idle } from "@/lib/actions/state";
import { mergeDuplicateSupplier } from "@/lib/suppliers/actions";

/** Step 1: find the duplicate (a GET form: the page then shows what the merge would move). */
export function ChooseDuplicateForm({ keepId }: { keepId: string }) {
  return (
    <form method="get" className="space-y-4">
      <SupplierPicker
        name="remove"
        label="Duplicate supplier"
        hint="The record to merge into this one; it is removed after the merge."
        state={idle}
        exclude={[keepId]}
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Review the merge
      </button>
    </form>
  );
}

/** Step 2: confirm, having seen both records side by side. */
export function ConfirmMergeForm({
  keepId,
  removeId,
  removedName,
}: {
  keepId: string;
  removeId: string;
  removedName: string;
}) {
  return (
    <ActionForm action={mergeDuplicateSupplier} idPrefix="merge-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="keepId" value={keepId} />
          <input type="hidden" name="removeId" value={removeId} />
          <Checkbox
            name="confirmed"
            label={`I have checked that ${removedName} is the same organisation, and want its records moved here`}
          />
          {state.status === "error" && state.fieldErrors?.confirmed ? (
            <p className="text-red-800">{state.fieldErrors.confirmed[0]}</p>
          ) : null}
          <SubmitButton pending={pending} pendingText="Merging…">
            Merge the two suppliers
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
