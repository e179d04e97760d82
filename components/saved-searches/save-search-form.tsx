"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, FormMessage, SubmitButton, TextInput } from "@/components/ui/form";
import { saveSearch } from "@/lib/saved-searches/actions";
import type { SavedSearchKind } from "@/lib/saved-searches/schema";

/** Saves the filters of the search on the page (its query string), with the option of an email for each new match. */
export function SaveSearchForm({
  kind,
  query,
  suggestedName,
}: {
  kind: SavedSearchKind;
  query: string;
  suggestedName: string;
}) {
  return (
    <details className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-brand-700">Save this search</summary>
      <ActionForm action={saveSearch} idPrefix="save-search-" className="mt-4 max-w-xl space-y-4">
        {(state, pending) => (
          <>
            <FormMessage state={state} />
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="query" value={query} />
            <TextInput name="name" label="Name of the search" state={state} defaultValue={suggestedName} />
            <Checkbox name="emailOnNewMatch" label="Email me when a new contract matches" defaultChecked />
            <SubmitButton pending={pending}>Save search</SubmitButton>
          </>
        )}
      </ActionForm>
    </details>
  );
}
