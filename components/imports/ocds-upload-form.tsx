"use client";

import { idle } from "@/lib/actions/state";
import { Field, SubmitButton } from "@/components/ui/form";

export function UploadOcdsForm() {
  // A plain multipart form to the upload route: it works without JavaScript, and the route streams the file.
  const state = idle;
  return (
    <form
      action="/imports/upload?kind=ocds"
      method="post"
      encType="multipart/form-data"
      className="space-y-4"
      noValidate
    >
      <Field
        name="ocdsFile"
        label="Release package"
        hint="OCDS 1.1 JSON from Contracts Finder or Find a Tender."
        state={state}
      >
        {(a11y) => (
          <input
            type="file"
            name="ocdsFile"
            accept=".json,application/json"
            className="mt-1 block w-full text-slate-900"
            {...a11y}
          />
        )}
      </Field>
      <SubmitButton pendingText="Importing…">Import releases</SubmitButton>
    </form>
  );
}
