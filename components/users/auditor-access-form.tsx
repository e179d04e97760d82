"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, FormMessage, SubmitButton } from "@/components/ui/form";
import { revokeAuditorAccess, setAuditorAccess } from "@/lib/users/actions";

type Props = {
  userId: string;
  departments: Array<{ id: string; name: string }>;
  allDepartments: boolean;
  grantedIds: string[];
};

export function AuditorAccessForm({ userId, departments, allDepartments, grantedIds }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-6">
      <ActionForm action={setAuditorAccess} className="space-y-4">
        {(state, pending) => {
          const errors = state.status === "error" ? state.fieldErrors?.departmentIds : undefined;
          return (
            <>
              <FormMessage state={state} />
              <input type="hidden" name="userId" value={userId} />
              <Checkbox
                name="allDepartments"
                label="All departments (now and in future)"
                defaultChecked={allDepartments}
                state={state}
              />
              <fieldset aria-describedby={errors ? "departmentIds-error" : undefined}>
                <legend className="font-medium">Or these departments</legend>
                {errors ? (
                  <p id="departmentIds-error" className="text-sm font-semibold text-red-800">
                    <span className="sr-only">Error: </span>
                    {errors.join(" ")}
                  </p>
                ) : null}
                <div className="mt-2 grid gap-1 sm:grid-cols-2">
                  {departments.map((d) => (
                    <label key={d.id} className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        name="departmentIds"
                        id={d === departments[0] ? "departmentIds" : undefined}
                        value={d.id}
                        defaultChecked={grantedIds.includes(d.id)}
                        className="h-5 w-5 accent-brand-700"
                      />
                      {d.name}
                    </label>
                  ))}
                </div>
              </fieldset>
              <SubmitButton pending={pending}>Save access</SubmitButton>
            </>
          );
        }}
      </ActionForm>
      <ActionForm action={revokeAuditorAccess} className="border-t border-slate-200 pt-4">
        {(revokeState) => (
          <>
            <FormMessage state={revokeState} />
            <input type="hidden" name="userId" value={userId} />
            {confirming ? (
              <div className="flex flex-wrap items-center gap-3">
                <p className="font-medium">Revoke all of this auditor&apos;s access?</p>
                <button
                  type="submit"
                  className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800"
                >
                  Yes, revoke access
                </button>
                <button
                  type="button"
                  onClick={() => setConfirming(false)}
                  className="rounded border border-slate-500 px-4 py-2 font-semibold"
                >
                  Cancel
                </button>
              </div>
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(true)}
                className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
              >
                Revoke access
              </button>
            )}
          </>
        )}
      </ActionForm>
    </div>
  );
}
