"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import { deleteSavedSearch } from "@/lib/saved-searches/actions";

/**
 * Deleting asks first (GOV.UK: confirm before a destructive action): "Delete" opens the question, and only
 * "Yes, delete" sends the form. A disclosure, so it works by keyboard and without JavaScript.
 */
export function DeleteSavedSearchForm({ id, name, emails }: { id: string; name: string; emails: boolean }) {
  return (
    <details className="group w-full sm:w-auto">
      <summary className="inline-block cursor-pointer rounded border border-red-700 px-3 py-1 text-sm font-semibold text-red-800 group-open:bg-red-50 hover:bg-red-50">
        Delete<span className="sr-only"> {name}</span>
      </summary>
      <ActionForm
        action={deleteSavedSearch}
        idPrefix={`delete-${id}-`}
        className="mt-3 space-y-3 rounded border-l-4 border-red-700 bg-red-50 p-3 sm:max-w-sm"
      >
        {(state, pending) => (
          <>
            <FormMessage state={state} />
            <input type="hidden" name="id" value={id} />
            <p className="text-slate-900">
              Delete “{name}”?{emails ? " You will no longer be emailed its new matches." : ""} This cannot be undone.
            </p>
            <button
              type="submit"
              disabled={pending}
              className="rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-70"
            >
              {pending ? "Deleting…" : "Yes, delete"}
              <span className="sr-only"> {name}</span>
            </button>
          </>
        )}
      </ActionForm>
    </details>
  );
}
