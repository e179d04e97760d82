import type { ContractFormValues } from "@/components/contracts/forms/contract-form";
import { Checkbox, Select, TextInput } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions/state";

const categoryOptions = [
  { value: "SERVICES", label: "Services" },
  { value: "GOODS", label: "Goods" },
  { value: "WORKS", label: "Works" },
];
/** The contract's value, dates, notice and re-procurement lead times, and its exit and openness terms. */
export function ContractTermsFields({ state, contract }: { state: ActionState; contract?: ContractFormValues }) {
  return (
    <>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Value and dates</legend>
        {contract ? (
          <p className="text-slate-800">
            The award value is fixed at award. Record changes to value or end date as amendments on the contract page.
          </p>
        ) : (
          <TextInput
            name="awardValue"
            label="Award value (£)"
            hint="In pounds, for example 1250000.50."
            inputMode="decimal"
            state={state}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput name="awardDate" label="Award date" type="date" state={state} defaultValue={contract?.awardDate} />
          <TextInput name="startDate" label="Start date" type="date" state={state} defaultValue={contract?.startDate} />
          <TextInput name="endDate" label="End date" type="date" state={state} defaultValue={contract?.endDate} />
        </div>
        <TextInput
          name="extensionOptionsMonths"
          label="Extension options available (months)"
          inputMode="numeric"
          state={state}
          defaultValue={contract?.extensionOptionsMonths ?? 0}
        />
        <Select
          name="category"
          label="What it buys"
          hint="Changes need a contract change notice above 10% of value for goods and services, 15% for works."
          state={state}
          options={categoryOptions}
          defaultValue={contract?.category ?? "SERVICES"}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput
            name="noticePeriodDays"
            label="Notice period in days (optional)"
            hint="Notice needed before the end to terminate or not renew: alerts come 30, 15 and 7 days before the last day to give it."
            inputMode="numeric"
            state={state}
            defaultValue={contract?.noticePeriodDays ?? undefined}
          />
          <TextInput
            name="reprocurementLeadMonths"
            label="Re-procurement lead time in months (optional)"
            hint="When to start re-procuring; empty: alerts 18 and 6 months before the end."
            inputMode="numeric"
            state={state}
            defaultValue={contract?.reprocurementLeadMonths ?? undefined}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold text-slate-900">Exit and openness (lock-in factors)</legend>
        <Checkbox name="hasExitPlan" label="Has an exit plan" defaultChecked={contract?.hasExitPlan} />
        <Checkbox name="hasBreakClause" label="Has a break clause" defaultChecked={contract?.hasBreakClause} />
        <Checkbox
          name="hasDataExportTerms"
          label="Has end-of-contract data export terms"
          defaultChecked={contract?.hasDataExportTerms}
        />
        <Checkbox name="usesOpenStandards" label="Uses open standards" defaultChecked={contract?.usesOpenStandards} />
      </fieldset>
    </>
  );
}
