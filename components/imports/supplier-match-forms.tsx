"use client";

import { useId } from "react";
import type { ActionState } from "@/lib/actions/state";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, SubmitButton } from "@/components/ui/form";

type Candidate = { id: string; legalName: string; companiesHouseNumber: string | null };
type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const control = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

/**
 * The two answers to a name the supplier rule could not place: it is this registered supplier, or a
 * new one. `hidden`: what says which name (the same fields go with both forms). Ids are unique per name.
 */
export function SupplierMatchForms({
  link,
  create,
  hidden,
  legalName,
  candidates,
}: {
  link: Action;
  create: Action;
  hidden: Record<string, string>;
  legalName: string;
  candidates: Candidate[];
}) {
  const id = useId();
  const fields = Object.entries(hidden).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      <ActionForm action={link} className="space-y-2">
        {(state, pending) => (
          <>
            <FormMessage state={state} />
            {fields}
            <label htmlFor={`${id}-supplier`} className="block font-medium text-slate-900">
              Registered supplier
            </label>
            <select id={`${id}-supplier`} name="supplierId" className={control} defaultValue="">
              <option value="">{candidates.length ? "Choose a supplier" : "No similar names registered"}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.legalName}
                  {c.companiesHouseNumber ? ` (${c.companiesHouseNumber})` : ""}
                </option>
              ))}
            </select>
            <SubmitButton pending={pending} pendingText="Linking…">
              Link to this supplier
            </SubmitButton>
          </>
        )}
      </ActionForm>
      <ActionForm action={create} className="space-y-2">
        {(state, pending) => (
          <>
            <FormMessage state={state} />
            {fields}
            <label htmlFor={`${id}-legal-name`} className="block font-medium text-slate-900">
              New supplier’s legal name
            </label>
            <input id={`${id}-legal-name`} name="legalName" defaultValue={legalName} className={control} />
            <SubmitButton pending={pending} pendingText="Creating…">
              Create supplier
            </SubmitButton>
          </>
        )}
      </ActionForm>
    </div>
  );
}
