"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton } from "@/components/ui/form";
import { changeContractOwner } from "@/lib/contracts/owner-actions";

type Option = { value: string; label: string };

/** Hands the contract to someone else in the department (its alerts follow the owner). */
export function OwnerForm({
  contractId,
  version,
  ownerId,
  candidates,
}: {
  contractId: string;
  version: number;
  ownerId: string | null;
  candidates: Option[];
}) {
  return (
    <ActionForm action={changeContractOwner} idPrefix="owner-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <input type="hidden" name="version" value={version} />
          <Select
            name="ownerId"
            label="New owner"
            hint="Someone who can see this department. Re-procurement and notice alerts go to the owner."
            state={state}
            options={candidates}
            placeholder="Choose the new owner"
            defaultValue={ownerId ?? ""}
          />
          <SubmitButton pending={pending}>Change owner</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
