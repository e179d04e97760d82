"use client";

import { ActionForm } from "@/components/ui/action-form";
import { OrganisationFields } from "@/components/portal/organisation-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { updateOrganisation } from "@/lib/suppliers/portal-actions";

type Props = { defaults: Parameters<typeof OrganisationFields>[0]["defaults"] };

export function ProfileForm({ defaults }: Props) {
  return (
    <ActionForm action={updateOrganisation} className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <OrganisationFields state={state} defaults={defaults} />
          <SubmitButton pending={pending}>Save details</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
