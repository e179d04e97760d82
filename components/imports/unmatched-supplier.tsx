"use client";

import { createSupplierFromName, linkUnmatchedSupplier } from "@/lib/imports/actions";
import { QUEUE_REASON_TEXT, type QueueReason } from "@/lib/suppliers/queue-reasons";
import { SupplierMatchForms } from "./supplier-match-forms";

type Candidate = { id: string; legalName: string; companiesHouseNumber: string | null };

/** One name from the file: link it to a registered supplier, or register it. */
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
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold text-slate-900">{supplierName}</h3>
      <p className="text-sm text-slate-700">
        {lines} {lines === 1 ? "line" : "lines"} in the file
        {companiesHouseNumber ? ` · Companies House ${companiesHouseNumber}` : ""}
      </p>
      <p className="mt-1 text-slate-800">{QUEUE_REASON_TEXT[reason]}</p>
      <SupplierMatchForms
        link={linkUnmatchedSupplier}
        create={createSupplierFromName}
        hidden={{ importId, supplierKey, companiesHouseNumber: companiesHouseNumber ?? "" }}
        legalName={supplierName}
        candidates={candidates}
      />
    </li>
  );
}
