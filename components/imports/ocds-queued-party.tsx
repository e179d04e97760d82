"use client";

import { createOcdsPartySupplier, linkOcdsParty } from "@/lib/imports/ocds-match-actions";
import { SCHEME_NAMES, isIdentifierScheme } from "@/lib/suppliers/identifiers";
import { QUEUE_REASON_TEXT, type QueueReason } from "@/lib/suppliers/queue-reasons";
import { SupplierMatchForms } from "./supplier-match-forms";

type Candidate = { id: string; legalName: string; companiesHouseNumber: string | null };

/** One party an OCDS package waits on: the registered supplier it is, or a new one. */
export function OcdsQueuedParty({
  importId,
  partyKey,
  name,
  identifiers,
  paths,
  reason,
  candidates,
}: {
  importId: string;
  partyKey: string;
  name: string;
  identifiers: { scheme: string; identifier: string }[];
  paths: string[];
  reason: QueueReason;
  candidates: Candidate[];
}) {
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold text-slate-900">{name}</h3>
      <p className="text-sm text-slate-700">
        {identifiers
          .map((i) => `${isIdentifierScheme(i.scheme) ? SCHEME_NAMES[i.scheme] : i.scheme} ${i.identifier}`)
          .join(" · ") || "No identifier given"}
        {` · named ${paths.length} ${paths.length === 1 ? "time" : "times"}: `}
        <code className="break-all">{paths.slice(0, 3).join(", ")}</code>
        {paths.length > 3 ? "…" : ""}
      </p>
      <p className="mt-1 text-slate-800">{QUEUE_REASON_TEXT[reason]}</p>
      <SupplierMatchForms
        link={linkOcdsParty}
        create={createOcdsPartySupplier}
        hidden={{ importId, partyKey }}
        legalName={name}
        candidates={candidates}
      />
    </li>
  );
}
