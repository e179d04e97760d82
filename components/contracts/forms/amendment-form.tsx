"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { recordAmendment } from "@/lib/amendments/actions";
import { CHANGE_GROUND_LABELS, RECORDABLE_GROUNDS } from "@/lib/changes/grounds";
import { AMENDMENT_KINDS } from "@/lib/contracts/schema";

const LABELS = {
  EXTENSION: "Extension",
  VALUE_CHANGE: "Value change",
  SCOPE_CHANGE: "Scope change",
  OTHER: "Other change",
} as const;
const kindOptions = AMENDMENT_KINDS.map((k) => ({ value: k, label: LABELS[k] }));
const groundOptions = RECORDABLE_GROUNDS.map((g) => ({ value: g, label: CHANGE_GROUND_LABELS[g] }));

/** A change for the ledger: dated, with its legal ground; the award value itself is never edited. */
export function AmendmentForm({
  contractId,
  earlierChanges,
}: {
  contractId: string;
  earlierChanges: Array<{ value: string; label: string }>;
}) {
  const [kind, setKind] = useState<string>("EXTENSION");
  return (
    <ActionForm action={recordAmendment} idPrefix="amendment-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <Select
            name="kind"
            label="Kind of amendment"
            state={state}
            options={kindOptions}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          />
          <TextInput name="date" label="Date of the amendment" type="date" state={state} />
          {kind === "EXTENSION" ? <TextInput name="newEndDate" label="New end date" type="date" state={state} /> : null}
          <TextInput
            name="valueChange"
            label={kind === "VALUE_CHANGE" ? "Value change (£)" : "Value change (£, optional)"}
            hint="Positive for an increase, negative for a reduction, for example -25000."
            inputMode="decimal"
            state={state}
          />
          <TextArea name="rationale" label="Rationale" state={state} />
          <Select
            name="legalGround"
            label="Legal ground"
            hint="Why the change is permitted (Procurement Act 2023 s.74 and Schedule 8)."
            state={state}
            options={groundOptions}
          />
          {earlierChanges.length > 0 ? (
            <Select
              name="connectedToId"
              label="Could have been made together with"
              hint="Changes that should have been one are counted together for the thresholds (s.75(4))."
              state={state}
              options={earlierChanges}
              placeholder="None: a change on its own"
            />
          ) : null}
          <SubmitButton pending={pending}>Record change</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
