import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CHANGE_GROUND_LABELS } from "@/lib/changes/grounds";
import { CHANGE_KIND_LABELS } from "@/lib/changes/ledger";
import type { ChangeLedger as Ledger } from "@/lib/changes/queries";
import { formatMoney, formatPercent } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";

const signed = (text: string, negative: boolean) => (negative ? text : `+${text}`);

/** How far the contract has moved from what was awarded: value and term, in money or days and as a percentage. */
export function DriftFromAward({ drift }: { drift: Ledger["drift"] }) {
  const { value, term } = drift;
  return (
    <dl className="mb-4 grid gap-3 sm:grid-cols-2" aria-label="Drift from the awarded contract">
      <div className="rounded border border-slate-200 p-3">
        <dt className="text-sm text-slate-700">Value since award</dt>
        <dd className="font-semibold text-slate-900">
          {formatMoney(value.awarded.toString())} → {formatMoney(value.current.toString())}
        </dd>
        <dd className="text-slate-800">
          {signed(formatMoney(value.change.toString()), value.change.isNegative())}
          {value.fraction ? ` (${signed(formatPercent(value.fraction.toString()), value.fraction.isNegative())})` : ""}
        </dd>
      </div>
      <div className="rounded border border-slate-200 p-3">
        <dt className="text-sm text-slate-700">Term since award</dt>
        {term ? (
          <>
            <dd className="font-semibold text-slate-900">
              {term.awardedDays} → {term.currentDays} days
            </dd>
            <dd className="text-slate-800">
              {signed(`${term.changeDays} days`, term.changeDays < 0)}
              {term.fraction ? ` (${signed(formatPercent(term.fraction.toString()), term.fraction.isNegative())})` : ""}
            </dd>
          </>
        ) : (
          <dd className="text-slate-800">The awarded end date was not recorded.</dd>
        )}
      </div>
    </dl>
  );
}

/** Every change, dated, with what it changed, its legal ground, who made it and whether it needs a UK10. */
export function ChangeLedger({ ledger }: { ledger: Ledger }) {
  return (
    <>
      <DriftFromAward drift={ledger.drift} />
      {ledger.entries.length === 0 ? (
        <EmptyState title="No changes">The contract runs as awarded.</EmptyState>
      ) : (
        <ol className="space-y-3" aria-label="Change ledger">
          {ledger.entries.map((c) => (
            <li key={c.id} className="border-l-4 border-slate-300 pl-3">
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                <span>{formatDate(c.date)}</span>
                {c.endsContract ? (
                  <Badge>Contract ended</Badge>
                ) : (
                  c.kinds.map((k) => <Badge key={k}>{CHANGE_KIND_LABELS[k]}</Badge>)
                )}
                {c.valueChange.toString() !== "0" ? <span>{formatMoney(c.valueChange)}</span> : null}
                {c.newEndDate ? <span>new end {formatDate(c.newEndDate)}</span> : null}
                {c.endsContract ? null : c.verdict.needsNotice ? (
                  <Badge tone="warn">Needs a UK10 notice</Badge>
                ) : (
                  <Badge tone="good">No UK10 needed</Badge>
                )}
              </p>
              <p className="text-slate-800">
                {c.supplierName ? `${c.supplierName}: ` : ""}
                {c.rationale}
              </p>
              <p className="text-sm text-slate-700">
                {c.endsContract ? "" : `Ground: ${CHANGE_GROUND_LABELS[c.legalGround]}. `}
                {c.author ? `Recorded by ${c.author}.` : "Recorded before the ledger kept who made a change."}
              </p>
              {c.endsContract ? null : <p className="text-sm text-slate-700">{c.verdict.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
