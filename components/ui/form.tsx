"use client";

import {
  useContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useFormStatus } from "react-dom";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldIdPrefix } from "@/components/ui/form-context";
import { NotificationBanner } from "@/components/ui/notification-banner";
import type { ActionState } from "@/lib/actions/state";

export { FieldIdPrefix };

const control =
  "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

/** Field wrapper: label, hint and the server's error message, wired for screen readers. */
export function Field({
  name,
  label,
  hint,
  state,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  state: ActionState;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}) {
  const errors = state.status === "error" ? state.fieldErrors?.[name] : undefined;
  const id = useContext(FieldIdPrefix) + name;
  const describedBy = [hint && `${id}-hint`, errors && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      {children({ id, "aria-invalid": Boolean(errors), "aria-describedby": describedBy })}
    </div>
  );
}

export function TextInput({
  name,
  label,
  hint,
  state,
  ...rest
}: { name: string; label: string; hint?: string; state: ActionState } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field name={name} label={label} hint={hint} state={state}>
      {(a11y) => <input name={name} className={control} {...a11y} {...rest} />}
    </Field>
  );
}

export function TextArea({
  name,
  label,
  hint,
  state,
  ...rest
}: { name: string; label: string; hint?: string; state: ActionState } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={name} label={label} hint={hint} state={state}>
      {(a11y) => <textarea name={name} rows={3} className={control} {...a11y} {...rest} />}
    </Field>
  );
}

export function Select({
  name,
  label,
  hint,
  state,
  options,
  placeholder,
  ...rest
}: {
  name: string;
  label: string;
  hint?: string;
  state: ActionState;
  options: Array<{ value: string; label: string }>;
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field name={name} label={label} hint={hint} state={state}>
      {(a11y) => (
        <select name={name} className={control} {...a11y} {...rest}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  name,
  label,
  defaultChecked,
  state,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  state?: ActionState;
}) {
  const id = useContext(FieldIdPrefix) + name;
  const errors = state?.status === "error" ? state.fieldErrors?.[name] : undefined;
  return (
    <div>
      {errors ? (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="on"
          defaultChecked={defaultChecked}
          aria-invalid={Boolean(errors)}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="h-5 w-5 accent-brand-700"
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
    </div>
  );
}

/**
 * What the last submit came to, at the top of the form: after a failure the error summary (focused, a link
 * to each field, the title prefixed "Error:"); after a save that stays on the page, the success banner.
 */
export function FormMessage({ state, details }: { state: ActionState; details?: ReactNode }) {
  const prefix = useContext(FieldIdPrefix);
  if (state.status === "idle") return null;
  if (state.status === "error") return <ErrorSummary state={state}>{details}</ErrorSummary>;
  return <NotificationBanner message={state.message} id={`${prefix}form-success`} />;
}

export function SubmitButton({
  children,
  pendingText = "Saving…",
  pending: pendingProp,
}: {
  children: ReactNode;
  pendingText?: string;
  pending?: boolean;
}) {
  const status = useFormStatus();
  // ActionForm submits in a transition (useFormStatus does not see it) and passes pending itself.
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingText : children}
    </button>
  );
}
