// What an OCDS import read and recorded, for a person to check: the counts side by side, every
// contract created, updated or unchanged (linked), the frameworks and suppliers created or matched,
// and the warnings grouped by kind with their JSON paths.
import Link from "next/link";
import { Stat } from "@/components/ui/card";
import { formatCount, formatMoney } from "@/lib/format";
import { groupWarnings, type OcdsImportSummary, type RecordRef } from "@/lib/ocds/import-tally";

type Warning = { column: string; message: string };
const PATHS_SHOWN = 8;

function ReadRecorded({ label, read, recorded }: { label: string; read: string; recorded: string }) {
  return (
    <Stat
      label={label}
      value={
        <>
          {read}
          <span className="block text-sm font-normal text-slate-700">
            {read === recorded ? "all recorded" : `${recorded} recorded`}
          </span>
        </>
      }
    />
  );
}

function RecordList({ title, records, href }: { title: string; records: RecordRef[]; href: (id: string) => string }) {
  if (records.length === 0) return null;
  return (
    <details className="rounded border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer font-medium text-slate-900">
        {title} ({formatCount(records.length)})
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {records.map((r) => (
          <li key={r.id}>
            <Link className="break-words text-brand-700 underline" href={href(r.id)}>
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Awards published with no value on the award or its contract: held, never recorded as £0. */
function AwardsWithoutValue({ awards }: { awards: { id: string; label: string; path: string }[] }) {
  if (awards.length === 0) return null;
  return (
    <section aria-labelledby="without-value-heading">
      <h2 id="without-value-heading" className="mb-3 text-xl font-semibold text-slate-900">
        Awards waiting for a value ({formatCount(awards.length)})
      </h2>
      <p className="mb-2 text-slate-800">
        These awards were published without a value, on the award or on its contract. They are not recorded as contracts
        yet (an unknown value is never taken as £0) and are counted as read, not recorded. The release that states the
        value records them when it is imported.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {awards.map((a) => (
          <li key={a.id}>
            {a.label} <code className="text-sm break-all">{a.path}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OcdsImportResult({
  importId,
  summary,
  warnings,
}: {
  importId: string;
  summary: OcdsImportSummary;
  warnings: Warning[];
}) {
  const s = summary;
  const groups = groupWarnings(warnings.map((w) => ({ path: w.column, message: w.message })));
  return (
    <div className="space-y-8">
      <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
        Import complete: {formatCount(s.contracts.created.length)} contracts created,{" "}
        {formatCount(s.contracts.updated.length)} updated and {formatCount(s.contracts.unchanged.length)} unchanged;{" "}
        {formatCount(s.frameworks.created.length)} frameworks created and {formatCount(s.frameworks.matched.length)}{" "}
        matched; {formatCount(s.suppliers.created.length)} suppliers created and{" "}
        {formatCount(s.suppliers.matched.length)} matched. {formatCount(s.duplicatesSkipped)} releases were already
        held.
      </p>
      <section aria-labelledby="read-recorded-heading">
        <h2 id="read-recorded-heading" className="mb-3 text-xl font-semibold text-slate-900">
          Read and recorded
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Stat
            label="Releases read"
            value={
              <>
                {formatCount(s.releasesRead)}
                <span className="block text-sm font-normal text-slate-700">
                  {formatCount(s.releasesApplied)} applied, {formatCount(s.processReleases)} tender or planning
                </span>
              </>
            }
          />
          <ReadRecorded label="Awards" read={formatCount(s.awardsRead)} recorded={formatCount(s.awardsRecorded)} />
          <ReadRecorded
            label="Suppliers named on awards"
            read={formatCount(s.suppliersRead)}
            recorded={formatCount(s.suppliersRecorded)}
          />
          <ReadRecorded
            label="Contracts"
            read={formatCount(s.contractsRead)}
            recorded={formatCount(s.contractsRecorded)}
          />
          <ReadRecorded
            label="Award value"
            read={formatMoney(s.awardValueRead)}
            recorded={formatMoney(s.awardValueRecorded)}
          />
          <Stat label="Amendments recorded" value={formatCount(s.amendmentIds.length)} />
        </dl>
        <p className="mt-3 text-slate-800">
          An award naming several suppliers for a framework agreement or dynamic purchasing system becomes a framework
          run by its buyer, each supplier a dated member. Any other award is a contract: the first supplier the award
          names is its lead partner and the others are joint suppliers.
        </p>
      </section>
      <AwardsWithoutValue awards={s.awardsWithoutValue ?? []} />
      <section aria-labelledby="records-heading" className="space-y-3">
        <h2 id="records-heading" className="text-xl font-semibold text-slate-900">
          Records
        </h2>
        <RecordList title="Contracts created" records={s.contracts.created} href={(id) => `/contracts/${id}`} />
        <RecordList title="Contracts updated" records={s.contracts.updated} href={(id) => `/contracts/${id}`} />
        <RecordList title="Contracts unchanged" records={s.contracts.unchanged} href={(id) => `/contracts/${id}`} />
        <RecordList title="Frameworks created" records={s.frameworks.created} href={(id) => `/frameworks/${id}`} />
        <RecordList title="Frameworks matched" records={s.frameworks.matched} href={(id) => `/frameworks/${id}`} />
        <RecordList title="Suppliers created" records={s.suppliers.created} href={(id) => `/suppliers/${id}`} />
        <RecordList title="Suppliers matched" records={s.suppliers.matched} href={(id) => `/suppliers/${id}`} />
      </section>
      {groups.length > 0 ? (
        <section aria-labelledby="warnings-heading" className="space-y-3">
          <h2 id="warnings-heading" className="text-xl font-semibold text-slate-900">
            Warnings
          </h2>
          <p className="text-slate-800">
            The package was imported; these parts of it were not stated or were ignored.{" "}
            <a className="font-medium text-brand-700 underline" href={`/api/imports/${importId}/errors`} download>
              Download every warning (CSV, {formatCount(warnings.length)})
            </a>
          </p>
          <ul className="space-y-3">
            {groups.map((g) => (
              <li key={g.message} className="rounded border border-slate-300 bg-white p-3">
                <p className="font-medium text-slate-900">
                  {g.message}: {formatCount(g.count)}
                </p>
                <p className="mt-1 text-sm break-words text-slate-800">
                  {g.paths.slice(0, PATHS_SHOWN).map((p, i) => (
                    <code key={`${p}-${i}`} className="mr-2 inline-block">
                      {p}
                    </code>
                  ))}
                  {g.count > PATHS_SHOWN ? <span>and {formatCount(g.count - PATHS_SHOWN)} more</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
