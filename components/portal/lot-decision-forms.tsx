"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, TextInput } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { rejectLotMembership, verifyLotMembership } from "@/lib/lots/actions";

/** An administrator's decision on one claim: verify, or reject with a reason the supplier will see. */
export function LotDecisionForms({ membershipId, label }: { membershipId: string; label: string }) {
  const [verifyState, verify, verifying] = useActionState(verifyLotMembership, idle);
  if (verifyState.status === "success") return <FormMessage state={verifyState} />;
  return (
    <div className="space-y-3">
      {verifyState.status === "error" ? <FormMessage state={verifyState} /> : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <form action={verify} noValidate>
          <input type="hidden" name="membershipId" value={membershipId} />
          <button
            type="submit"
            disabled={verifying}
            className="rounded bg-green-800 px-3 py-2 font-semibold text-white hover:bg-green-900"
          >
            Verify<span className="sr-only"> {label}</span>
          </button>
        </form>
        {/* Many claims share the page, so field ids are per claim. */}
        <ActionForm action={rejectLotMembership} idPrefix={`claim-${membershipId}-`} className="space-y-2 sm:flex-1">
          {(state, pending) =>
            state.status === "success" ? (
              <FormMessage state={state} />
            ) : (
              <>
                <FormMessage state={state} />
                <input type="hidden" name="membershipId" value={membershipId} />
                <div className="flex flex-wrap items-end gap-2">
                  <div className="w-full max-w-sm">
                    <TextInput name="reason" label="Reason to reject" hint="The supplier sees this" state={state} />
                  </div>
                  <button
                    type="submit"
                    disabled={pending}
                    className="rounded border border-red-800 px-3 py-2 font-semibold text-red-800 hover:bg-red-50"
                  >
                    Reject<span className="sr-only"> {label}</span>
                  </button>
                </div>
              </>
            )
          }
        </ActionForm>
      </div>
    </div>
  );
}
