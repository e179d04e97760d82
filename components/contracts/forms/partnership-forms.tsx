"use client";

import { SupplierPicker } from "@/components/suppliers/supplier-picker";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { addMember, removeMember } from "@/lib/partnerships/actions";
import { MEMBER_ROLES } from "@/lib/partnerships/schema";

type Option = { value: string; label: string };
const roleOptions = MEMBER_ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));

/** `partnerIds`: the lead partner and current members, never suggested as a new member. */
export function AddMemberForm({ contractId, partnerIds }: { contractId: string; partnerIds: string[] }) {
  return (
    <ActionForm action={addMember} idPrefix="member-add-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <SupplierPicker name="supplierId" label="Member" state={state} exclude={partnerIds} />
          <Select name="role" label="Role" state={state} options={roleOptions} />
          <TextInput
            name="pledgedSharePercent"
            label="Pledged share of contract value (%)"
            hint="All current members' shares together can be at most 100%."
            inputMode="decimal"
            state={state}
          />
          <TextInput name="joinedOn" label="Date it joined" type="date" state={state} />
          <SubmitButton pending={pending}>Add member</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** A member leaving is recorded with a date and a reason; it stays in the partnership's history. */
export function RemoveMemberForm({ contractId, members }: { contractId: string; members: Option[] }) {
  return (
    <ActionForm action={removeMember} idPrefix="member-remove-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <Select
            name="memberId"
            label="Member leaving"
            state={state}
            options={members}
            placeholder="Choose a member"
          />
          <TextInput name="leftOn" label="Date it left" type="date" state={state} />
          <TextArea name="reason" label="Reason" state={state} />
          <div
            onClickCapture={(event) => {
              if (!window.confirm("Record that this member has left the partnership?")) event.preventDefault();
            }}
          >
            <SubmitButton pending={pending}>Record leaving</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
