import type { ReactNode } from "react";
import type { ExportFieldError } from "@/lib/exports/forms";

const control =
  "mt-1 w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** What the form was last sent with, and what was wrong with it (only for the form that was sent). */
export type ExportFormState = { values: Record<string, string>; errors: ExportFieldError[] };
export const emptyFormState: ExportFormState = { values: {}, errors: [] };

/**
 * A plain GET form to the Exports page, which checks it and then sends the browser to the export's URL
 * (shown under the form, for scripts); the browser downloads the file.
 */
export function ExportForm({
  id,
  url,
  title,
  description,
  children,
  state,
  formats = ["csv", "xlsx"],
}: {
  id: string;
  url: string;
  title: string;
  description: string;
  children?: ReactNode;
  state: ExportFormState;
  formats?: string[];
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mb-3 text-slate-800">{description}</p>
      <form method="get" action="/exports" noValidate className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="export" value={id} />
        {children}
        {formats.length > 1 ? (
          <Control id={id} field="format" label="Format" state={state}>
            {(a11y) => (
              <select {...a11y} name="format" defaultValue={state.values.format} className={control}>
                {formats.map((f) => (
                  <option key={f} value={f}>
                    {f.toUpperCase()}
                  </option>
                ))}
              </select>
            )}
          </Control>
        ) : null}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Download
        </button>
      </form>
      <p className="mt-2 font-mono text-xs break-all text-slate-700">GET {url}</p>
    </section>
  );
}

type A11y = { id: string; "aria-invalid": boolean; "aria-describedby"?: string };

/** A labelled control with its error message (GOV.UK pattern: the message above the control). */
export function Control({
  id,
  field,
  label,
  suffix = field,
  state,
  children,
}: {
  id: string;
  field: string;
  label: string;
  suffix?: string;
  state: ExportFormState;
  children: (a11y: A11y) => ReactNode;
}) {
  const inputId = `${id}-${suffix}`;
  const errors = state.errors.filter((e) => e.inputId === inputId);
  return (
    <div className="max-w-full min-w-0">
      <label htmlFor={inputId} className="block text-sm font-medium">
        {label}
      </label>
      {errors.length ? (
        <p id={`${inputId}-error`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {errors.map((e) => e.message).join(" ")}
        </p>
      ) : null}
      {children({
        id: inputId,
        "aria-invalid": errors.length > 0,
        "aria-describedby": errors.length ? `${inputId}-error` : undefined,
      })}
    </div>
  );
}

export function DepartmentSelect({
  id,
  departments,
  required,
  name = "departmentId",
  state,
}: {
  id: string;
  departments: Array<{ id: string; name: string }>;
  required?: boolean;
  name?: string;
  state: ExportFormState;
}) {
  return (
    <Control id={id} field={name} suffix="department" label="Department" state={state}>
      {(a11y) => (
        <select {...a11y} name={name} defaultValue={state.values[name]} className={control}>
          {required ? null : <option value="">All you can see</option>}
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      )}
    </Control>
  );
}

/** From and to: dates (YYYY-MM-DD) or, for the report, months (YYYY-MM). */
export function DateRange({
  id,
  state,
  type = "date",
  defaults,
}: {
  id: string;
  state: ExportFormState;
  type?: "date" | "month";
  defaults?: { from: string; to: string };
}) {
  const label = type === "month" ? " month" : "";
  return (
    <>
      {(["from", "to"] as const).map((field) => (
        <Control key={field} id={id} field={field} label={`${field === "from" ? "From" : "To"}${label}`} state={state}>
          {(a11y) => (
            <input
              {...a11y}
              name={field}
              type={type}
              defaultValue={state.values[field] ?? defaults?.[field]}
              className={control}
            />
          )}
        </Control>
      ))}
    </>
  );
}
