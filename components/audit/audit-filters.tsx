import type { AuditListParams } from "@/lib/audit/schema";

const input = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";

export function AuditFilters({ params, entityTypes }: { params: AuditListParams; entityTypes: string[] }) {
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
        <input id="from" name="from" type="date" defaultValue={params.from} className={input} />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-medium">
          To
        </label>
        <input id="to" name="to" type="date" defaultValue={params.to} className={input} />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Filter
      </button>
    </form>
  );
}
