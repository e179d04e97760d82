"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import { KPI_RATING_LABELS, KPI_RATINGS } from "@/lib/contracts/kpi-rules";
import { addKpi, recordAssessment } from "@/lib/kpis/actions";

type Option = { value: string; label: string };
const ratingOptions = KPI_RATINGS.map((r) => ({ value: r, label: KPI_RATING_LABELS[r] }));

/** accountable: the lead partner and current members, the only partners a KPI may name. */
export function KpiForm({ contractId, accountable }: { contractId: string; accountable: Option[] }) {
  return (
    <ActionForm action={addKpi} idPrefix="kpi-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <TextInput name="name" label="KPI" state={state} />
          <TextInput
            name="measure"
            label="Measure"
            hint="How performance is measured, for example monthly service availability."
            state={state}
          />
          <TextInput name="target" label="Target" state={state} />
          <Select name="accountableSupplierId" label="Accountable partner" state={state} options={accountable} />
          <SubmitButton pending={pending}>Add KPI</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function AssessmentForm({ contractId, kpis }: { contractId: string; kpis: Option[] }) {
  return (
    <ActionForm action={recordAssessment} idPrefix="assessment-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <input type="hidden" name="contractId" value={contractId} />
          <Select name="kpiId" label="KPI assessed" state={state} options={kpis} />
          <TextInput name="assessedOn" label="Assessment date" type="date" state={state} />
          <Select name="rating" label="Rating" state={state} options={ratingOptions} placeholder="Choose a rating" />
          <TextArea name="note" label="Note (optional)" state={state} />
          <SubmitButton pending={pending}>Record assessment</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
