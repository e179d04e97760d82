"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/state";
import { uploadOcdsPackage } from "@/lib/imports/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function UploadOcdsForm() {
  const [state, action] = useActionState(uploadOcdsPackage, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="ocdsFile" label="Release package" hint="OCDS 1.1 JSON from Contracts Finder or Find a Tender." state={state}>
        {(a11y) => <input type="file" name="ocdsFile" accept=".json,application/json" className="mt-1 block w-full text-slate-900" {...a11y} />}
      </Field>
      <SubmitButton pendingText="Importing…">Import releases</SubmitButton>
    </form>
  );
}
