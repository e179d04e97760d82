"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SupplierPicker } from "@/components/suppliers/supplier-picker";
import { ContractTermsFields } from "@/components/contracts/forms/contract-terms-fields";
import { FormMessage, Select, SubmitButton, TextArea, TextInput } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions/state";
import { ROUTE_TO_MARKET_LABELS, ROUTES_TO_MARKET } from "@/lib/contracts/schema";

type Option = { value: string; label: string };
export type ContractFormValues = {
  id: string;
  version: number;
  title: string;
  reference: string | null;
  description: string | null;
  routeToMarket: keyof typeof ROUTE_TO_MARKET_LABELS;
  lotId: string | null;
  directAwardJustification: string | null;
  leadPartnerId: string;
  leadPartner: { id: string; legalName: string; companiesHouseNumber: string | null };
  numberOfTenderers: number | null;
  awardDate: string;
  startDate: string;
  endDate: string;
  extensionOptionsMonths: number;
  category: "GOODS" | "SERVICES" | "WORKS";
  noticePeriodDays: number | null;
  reprocurementLeadMonths: number | null;
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
  kpiExemptionReason: string | null;
};

const routeOptions = ROUTES_TO_MARKET.map((r) => ({ value: r, label: ROUTE_TO_MARKET_LABELS[r] }));

/** Create and edit one contract. The route to market decides which fields the form asks for. */
export function ContractForm({
  action,
  options,
  contract,
  formId,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  options: { isAdmin: boolean; departments: Option[]; lots: Option[] };
  contract?: ContractFormValues;
  /** A new contract's form: its one-time key, so a double submit (or a replay) makes one contract. */
  formId?: string;
}) {
  const [route, setRoute] = useState<string>(contract?.routeToMarket ?? "FRAMEWORK_CALL_OFF");
  const [lotId, setLotId] = useState<string>(contract?.lotId ?? "");
  return (
    <ActionForm action={action} className="max-w-3xl space-y-6">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          {contract ? (
            <>
              <input type="hidden" name="id" value={contract.id} />
              {/* The version the form was opened at: a save after someone else's is refused. */}
              <input type="hidden" name="version" value={contract.version} />
            </>
          ) : (
            <input type="hidden" name="formId" value={formId} />
          )}
          <fieldset className="space-y-4">
            <legend className="text-lg font-semibold text-slate-900">The contract</legend>
            {!contract && options.isAdmin ? (
              <Select
                name="departmentId"
                label="Buying department"
                state={state}
                options={options.departments}
                placeholder="Choose a department"
              />
            ) : null}
            <TextInput name="title" label="Title" state={state} defaultValue={contract?.title} />
            <TextInput
              name="reference"
              label="Reference (optional)"
              hint="Your department's own reference, used to match spend lines."
              state={state}
              defaultValue={contract?.reference ?? undefined}
            />
            <TextArea
              name="description"
              label="Description (optional)"
              state={state}
              defaultValue={contract?.description ?? undefined}
            />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-lg font-semibold text-slate-900">Route to market and lead partner</legend>
            <Select
              name="routeToMarket"
              label="Route to market"
              state={state}
              options={routeOptions}
              value={route}
              onChange={(e) => setRoute(e.target.value)}
            />
            {route === "FRAMEWORK_CALL_OFF" ? (
              <Select
                name="lotId"
                label="Framework lot"
                hint="The lead partner must hold a verified place on this lot on the award date."
                state={state}
                options={options.lots}
                placeholder="Choose a lot"
                value={lotId}
                onChange={(e) => setLotId(e.target.value)}
              />
            ) : null}
            {route === "DIRECT_AWARD" ? (
              <TextArea
                name="directAwardJustification"
                label="Direct award justification"
                hint="Why the contract was awarded without competition (published in the transparency notice)."
                state={state}
                defaultValue={contract?.directAwardJustification ?? undefined}
              />
            ) : null}
            <SupplierPicker
              name="leadPartnerId"
              label="Lead partner"
              hint={
                route === "FRAMEWORK_CALL_OFF" && lotId
                  ? "The supplier accountable for the contract's outcomes; only suppliers with a verified place on the chosen lot are listed."
                  : "The supplier accountable for the contract's outcomes."
              }
              state={state}
              initial={contract?.leadPartner}
              lotId={route === "FRAMEWORK_CALL_OFF" && lotId ? lotId : undefined}
            />
            <TextInput
              name="numberOfTenderers"
              label="Number of tenderers (optional)"
              inputMode="numeric"
              state={state}
              defaultValue={contract?.numberOfTenderers ?? undefined}
            />
          </fieldset>
          <ContractTermsFields state={state} contract={contract} />
          <TextArea
            name="kpiExemptionReason"
            label="Why KPIs are not appropriate (optional)"
            hint="Contracts over £5m need at least three KPIs, or a recorded reason here (Procurement Act 2023, s.52)."
            state={state}
            defaultValue={contract?.kpiExemptionReason ?? undefined}
          />
          <SubmitButton pending={pending}>{contract ? "Save changes" : "Create contract"}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
