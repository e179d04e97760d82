"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { idle } from "@/lib/actions/state";
import { rejectLotMembership, verifyLotMembership } from "@/lib/lots/actions";

/** An administrator's decision on one claim: verify, or reject with a reason the supplier will see. */
export function LotDecisionForms({ membershipId, label }: { membershipId: string; label: string }) {
  const [verifyState, verify, verifying] = useActionState(verifyLotMembership, idle);
  const [rejectState, reject, rejecting] = useActionState(rejectLotMembership, idle);
  const decided = verifyState.status === "success" ? verifyState : rejectState.status === "success" ? rejectState : null;
  if (decided) return <FormMessage state={decided} />;
  const reasonError = rejectState.status === "error" ? rejectState.fieldErrors?.reason?.join(" ") : undefined;
  return (
    <div className="flex flex-wrap items-end gap-4">
      <form action={verify}>
        <input type="hidden" name="membershipId" value={membershipId} />
        <button type="submit" disabled={verifying} className="rounded bg-green-800 px-3 py-2 font-semibold text-white hover:bg-green-900">
          Verify<span className="sr-only"> {label}</span>
        </button>
      </form>
      <form action={reject} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="membershipId" value={membershipId} />
        {/* Many claims share the page, so ids are per claim (the shared TextInput uses the field name). */}
        <div>
          <label htmlFor={`reason-${membershipId}`} className="block text-sm font-medium text-slate-900">
            Reason to reject
          </label>
          <input
            id={`reason-${membershipId}`}
            name="reason"
            aria-invalid={Boolean(reasonError)}
            aria-describedby={reasonError ? `reason-${membershipId}-error` : undefined}
            className="mt-1 w-72 rounded border border-slate-500 px-3 py-2"
          />
          {reasonError ? (
            <p id={`reason-${membershipId}-error`} className="text-sm font-semibold text-red-800">
              {reasonError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={rejecting} className="rounded border border-red-800 px-3 py-2 font-semibold text-red-800 hover:bg-red-50">
          Reject<span className="sr-only"> {label}</span>
        </button>
      </form>
      <div className="w-full">
        <FormMessage state={verifyState.status === "idle" ? rejectState : verifyState} />
      </div>
    </div>
  );
}
