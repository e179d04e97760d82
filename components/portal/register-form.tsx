"use client";

import { ActionForm } from "@/components/ui/action-form";
import { OrganisationFields } from "@/components/portal/organisation-fields";
import { FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { registerSupplier } from "@/lib/suppliers/registration-actions";

export function RegisterForm() {
  return (
    <ActionForm action={registerSupplier} className="space-y-5">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <fieldset className="space-y-4">
            <legend className="text-xl font-semibold text-slate-900">Your organisation</legend>
            <TextInput
              name="legalName"
              label="Legal name"
              hint="As registered at Companies House"
              state={state}
              autoComplete="organization"
              required
            />
            <TextInput
              name="companiesHouseNumber"
              label="Companies House number"
              hint="8 digits, or 2 letters then 6 digits, for example 01234567 or SC123456"
              state={state}
              required
            />
            <OrganisationFields state={state} />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-xl font-semibold text-slate-900">You</legend>
            <TextInput name="name" label="Your name" state={state} autoComplete="name" required />
            <TextInput
              name="email"
              label="Your email address"
              hint="You will sign in with this"
              type="email"
              state={state}
              autoComplete="username"
              required
            />
            <TextInput
              name="password"
              label="Password"
              hint="At least 12 characters; a passphrase of several words is good"
              type="password"
              state={state}
              autoComplete="new-password"
              required
            />
          </fieldset>
          <SubmitButton pending={pending} pendingText="Registering…">
            Register
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
