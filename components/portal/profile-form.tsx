"use client";

import { StickyForm } from "@/components/portal/sticky-form";
import { useActionState } from "react";
import { OrganisationFields } from "@/components/portal/organisation-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { updateOrganisation } from "@/lib/suppliers/actions";

type Props = { defaults: Parameters<typeof OrganisationFields>[0]["defaults"] };

export function ProfileForm({ defaults }: Props) {
  const [state, action] = useActionState(updateOrganisation, idle);
  return (
    <StickyForm action={action} className="space-y-4">
      <FormMessage state={state} />
      <OrganisationFields state={state} defaults={defaults} />
      <SubmitButton>Save details</SubmitButton>
    </StickyForm>
  );
}
