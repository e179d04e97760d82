"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, Select, SubmitButton, TextInput } from "@/components/ui/form";
import { submitReturnLine, uploadReturnCsv, type ReturnState } from "@/lib/supply-chain/actions";

type Option = { value: string; label: string };
/** A contract that can take a return (it has partnership members), with its own members. */
export type ReturnContractOption = Option & { members: Option[] };

export function ReturnLineForm({ contracts }: { contracts: ReturnContractOption[] }) {
  const [contractId, setContractId] = useState("");
  const members = contracts.find((c) => c.value === contractId)?.members ?? [];
  return (
    <ActionForm<ReturnState> action={submitReturnLine} idPrefix="line-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <Select
            name="contract"
            label="Contract"
            state={state}
            options={contracts}
            placeholder="Choose a contract you lead"
            value={contractId}
            onChange={(e) => setContractId(e.target.value)}
          />
          <Select
            name="member"
            label="Partnership member paid"
            hint={contractId ? undefined : "Choose the contract first: its members are listed here"}
            state={state}
            options={members}
            placeholder="Choose a member"
            disabled={!contractId}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput
              name="month"
              label="Month"
              hint="Year and month, for example 2025-06"
              inputMode="numeric"
              state={state}
            />
            <TextInput
              name="amount"
              label="Amount paid (£)"
              hint="For example 125000.50"
              inputMode="decimal"
              state={state}
            />
          </div>
          <SubmitButton pending={pending}>Submit payment</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function ReturnCsvForm() {
  return (
    <ActionForm<ReturnState> action={uploadReturnCsv} idPrefix="csv-" className="space-y-4">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <TextInput
            name="file"
            label="CSV file"
            hint="Header: contract, month, member, amount. Contract is its reference or id; month is YYYY-MM; member is a Companies House number or name. Up to 5 MB. Every row is checked once the file is uploaded: if any row is wrong, nothing is saved."
            type="file"
            accept=".csv,text/csv"
            state={state}
          />
          <SubmitButton pending={pending} pendingText="Uploading…">
            Upload return
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
