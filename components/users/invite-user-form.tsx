"use client";

import { useState } from "react";
import { InvitationLink } from "@/components/portal/invite-form";
import { SupplierPicker } from "@/components/suppliers/supplier-picker";
import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, FormMessage, Select, SubmitButton, TextInput } from "@/components/ui/form";
import { ROLE_LABELS, ROLES } from "@/lib/access/roles";
import { inviteUser, type UserInvitationState } from "@/lib/users/actions";

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** An administrator invites a user: the role decides the scope asked for; the one-time link is shown to copy. */
export function InviteUserForm({ departments }: { departments: { value: string; label: string }[] }) {
  const [role, setRole] = useState("");
  return (
    <ActionForm<UserInvitationState> action={inviteUser} idPrefix="invite-user-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          {state.status === "success" && state.link ? <InvitationLink link={state.link} id="invite-user-link" /> : null}
          <TextInput name="email" label="Email address" type="email" autoComplete="off" state={state} />
          <Select
            name="role"
            label="Role"
            state={state}
            options={roleOptions}
            placeholder="Choose a role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
          {role === "COMMERCIAL_LEAD" ? (
            <Select
              name="departmentId"
              label="Department"
              hint="A commercial lead sees and changes this department's contracts."
              state={state}
              options={departments}
              placeholder="Choose a department"
            />
          ) : null}
          {role === "SUPPLIER_USER" ? (
            <SupplierPicker
              name="supplierId"
              label="Supplier"
              hint="A supplier user keeps this organisation's details."
              state={state}
            />
          ) : null}
          {role === "AUDITOR" ? (
            <div className="space-y-1">
              <Checkbox name="auditorAllDepartments" label="All departments (now and in future)" state={state} />
              <p className="text-sm text-slate-700">
                Otherwise, grant departments on the auditor&apos;s page once they have joined.
              </p>
            </div>
          ) : null}
          <SubmitButton pending={pending} pendingText="Creating…">
            Create invitation
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
