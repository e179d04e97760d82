"use client";

import { Checkbox, Select, TextInput } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions/state";
import { REGIONS } from "@/lib/suppliers/schema";

type Defaults = Partial<
  Record<"addressLine" | "town" | "postcode" | "region" | "website" | "contactEmail", string | null>
> & {
  isVcse?: boolean;
  seeksToLead?: boolean;
  seeksToJoin?: boolean;
};

/** The organisation fields shared by registration and the profile form. */
export function OrganisationFields({ state, defaults = {} }: { state: ActionState; defaults?: Defaults }) {
  const value = (key: keyof Defaults) => (defaults[key] as string | null | undefined) ?? undefined;
  return (
    <>
      <TextInput
        name="addressLine"
        label="Address"
        state={state}
        autoComplete="street-address"
        required
        defaultValue={value("addressLine")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          name="town"
          label="Town or city"
          state={state}
          autoComplete="address-level2"
          required
          defaultValue={value("town")}
        />
        <TextInput
          name="postcode"
          label="Postcode"
          state={state}
          autoComplete="postal-code"
          required
          defaultValue={value("postcode")}
        />
      </div>
      <Select
        name="region"
        label="Region"
        state={state}
        options={REGIONS.map((r) => ({ value: r, label: r }))}
        placeholder="Choose a region"
        required
        defaultValue={value("region")}
      />
      <TextInput
        name="website"
        label="Website (optional)"
        hint="Starting https://"
        type="url"
        state={state}
        autoComplete="url"
        defaultValue={value("website")}
      />
      <TextInput
        name="contactEmail"
        label="Contact email for buyers"
        type="email"
        state={state}
        required
        defaultValue={value("contactEmail")}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium text-slate-900">About your organisation</legend>
        <Checkbox
          name="isVcse"
          label="We are a voluntary, community or social enterprise (VCSE)"
          defaultChecked={defaults.isVcse}
        />
        <Checkbox name="seeksToLead" label="We want to lead partnerships" defaultChecked={defaults.seeksToLead} />
        <Checkbox
          name="seeksToJoin"
          label="We want to join partnerships led by others"
          defaultChecked={defaults.seeksToJoin ?? true}
        />
      </fieldset>
    </>
  );
}
