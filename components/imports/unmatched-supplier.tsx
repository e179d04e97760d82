"use client";

import { useActionState, useId } from "react";
import { idle } from "@/lib/actions/state";
import { createSupplierFromName, linkUnmatchedSupplier } from "@/lib/imports/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { QUEUE_REASON_TEXT, type QueueReason } from "@/lib/suppliers/queue-reasons";

type Candidate = { id: string; legalName: string; companiesHouseNumber: string | null };

const control = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

/** One name from the file: link it to a registered supplier, or register it. Ids are unique per name. */
export function UnmatchedSupplier({
  importId,
  supplierKey,
  supplierName,
  companiesHouseNumber,
  lines,
  reason,
  candidates,
}: {
  importId: string;
  supplierKey: string;
  supplierName: string;
  companiesHouseNumber: string | null;
  lines: number;
  reason: QueueReason | "unknown";
  candidates: Candidate[];
}) {
  const [linkState, link] = useActionState(linkUnmatchedSupplier, idle);
  const [createState, create] = useActionState(createSupplierFromName, idle);
  const id = useId();
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold text-slate-900">{supplierName}</h3>
      <p className="text-sm text-slate-700">
        {lines} {lines === 1 ? "line" : "lines"} in the file
        {companiesHouseNumber ? ` · Companies House ${companiesHouseNumber}` : ""}
      </p>
      <p className="mt-1 text-slate-800">{QUEUE_REASON_TEXT[reason]}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <form action={link} className="space-y-2">
          <FormMessage state={linkState} />
          <input type="hidden" name="importId" value={importId} />
          <input type="hidden" name="supplierKey" value={supplierKey} />
          <input type="hidden" name="companiesHouseNumber" value={companiesHouseNumber ?? ""} />
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
          <SubmitButton pendingText="Linking…">Link to this supplier</SubmitButton>
        </form>
        <form action={create} className="space-y-2">
          <FormMessage state={createState} />
          <input type="hidden" name="importId" value={importId} />
          <input type="hidden" name="supplierKey" value={supplierKey} />
          <input type="hidden" name="companiesHouseNumber" value={companiesHouseNumber ?? ""} />
          <label htmlFor={`${id}-legal-name`} className="block font-medium text-slate-900">
            New supplier’s legal name
          </label>
          <input id={`${id}-legal-name`} name="legalName" defaultValue={supplierName} className={control} />
          <SubmitButton pendingText="Creating…">Create supplier</SubmitButton>
        </form>
      </div>
    </li>
  );
}
