import type { AuditListParams } from "@/lib/audit/schema";

const input = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";

type Ignored = Partial<Record<"from" | "to", string>>;

/** A date filter; one that was sent but ignored says so beside its field, as GOV.UK error messages do. */
function DateFilter({
  name,
  label,
  value,
  sent,
}: {
  name: "from" | "to";
  label: string;
  value?: string;
  sent?: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={value}
        aria-invalid={sent ? true : undefined}
        aria-describedby={sent ? `${name}-error` : undefined}
        className={`${input} ${sent ? "border-red-700" : ""}`}
      />
      {sent ? (
        <p id={`${name}-error`} className="mt-1 max-w-56 text-sm font-semibold [overflow-wrap:anywhere] text-red-800">
          <span className="sr-only">Error: </span>
          {`${label}: "${sent}" is not a real date between 1900 and 2100, so it was not applied.`}
        </p>
      ) : null}
    </div>
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
      <DateFilter name="from" label="From" value={params.from} sent={ignored.from} />
      <DateFilter name="to" label="To" value={params.to} sent={ignored.to} />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Filter
      </button>
    </form>
  );
}
