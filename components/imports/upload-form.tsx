"use client";

import { idle } from "@/lib/actions/state";
import { Field, Select, SubmitButton } from "@/components/ui/form";

export function UploadSpendForm({
  departments,
  chooseDepartment,
}: {
  departments: { id: string; name: string }[];
  chooseDepartment: boolean;
}) {
  // A plain multipart form to the upload route: it works without JavaScript, and the route streams the file.
  const state = idle;
  return (
    <form
      action="/imports/upload?kind=spend"
      method="post"
      encType="multipart/form-data"
      className="space-y-4"
      noValidate
    >
      {chooseDepartment ? (
        <Select
          name="departmentId"
          label="Department"
          state={state}
          placeholder="Choose a department"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : (
        <p className="text-slate-800">
          For <span className="font-semibold">{departments[0]?.name ?? "your department"}</span>
        </p>
      )}
      <Field
        name="file"
        label="Spend file"
        hint="The published “spend over £25,000” file: CSV (UTF-8 or Windows-1252) or XLSX, up to 100 MB."
        state={state}
      >
        {(a11y) => (
          <input type="file" name="file" accept=".csv,.xlsx" className="mt-1 block w-full text-slate-900" {...a11y} />
        )}
      </Field>
      <SubmitButton pendingText="Uploading…">Upload and import</SubmitButton>
    </form>
  );
}
