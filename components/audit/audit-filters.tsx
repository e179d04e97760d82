import type { AuditListParams } from "@/lib/audit/schema";

const input = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";

type Ignored = Partial<Record<"from" | "to", string>>;

/** A date filter that was sent but ignored: said beside its field, as GOV.UK error messages are. */
function IgnoredDate({ id, label, sent }: { id: string; label: string; sent: string | undefined }) {
  if (!sent) return null;
  return (
    <p id={`${id}-error`} className="mt-1 max-w-56 text-sm font-semibold [overflow-wrap:anywhere] text-red-800">
      <span className="sr-only">Error: </span>
      {`${label}: "${sent}" is not a real date between 1900 and 2100, so it was not applied.`}
    </p>
  );
}

export function AuditFilters({
  params,
  entityTypes,
  ignored = {},
}: {
  params: AuditListParams;
  entityTypes: string[];
  ignored?: Ignored;
}) {
  return (
    <form
      role="search"
      aria-label="Filter the audit trail"
      method="get"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          Actor or action
        </label>
        <input id="q" name="q" type="search" defaultValue={params.q} className={`${input} w-64`} />
      </div>
      <div>
        <label htmlFor="entityType" className="block text-sm font-medium">
          Record type
        </label>
        <select id="entityType" name="entityType" defaultValue={params.entityType ?? ""} className={input}>
          <option value="">Any</option>
          {entityTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="from" className="block text-sm font-medium">
          From
        </label>
        <input
          id="from"
          name="from"
          type="date"
          defaultValue={params.from}
          aria-invalid={ignored.from ? true : undefined}
          aria-describedby={ignored.from ? "from-error" : undefined}
          className={`${input} ${ignored.from ? "border-red-700" : ""}`}
        />
        <IgnoredDate id="from" label="From" sent={ignored.from} />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-medium">
          To
        </label>
        <input
          id="to"
          name="to"
          type="date"
          defaultValue={params.to}
          aria-invalid={ignored.to ? true : undefined}
          aria-describedby={ignored.to ? "to-error" : undefined}
          className={`${input} ${ignored.to ? "border-red-700" : ""}`}
        />
        <IgnoredDate id="to" label="To" sent={ignored.to} />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Filter
      </button>
    </form>
  );
}
