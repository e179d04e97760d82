import type { LotClaimsParams } from "@/lib/lots/schema";

type Framework = { id: string; name: string; rmNumber: string; lots: { id: string; number: string; name: string }[] };

const STATUS = [
  { value: "CLAIMED", label: "Waiting for a decision" },
  { value: "VERIFIED", label: "Verified" },
  { value: "REJECTED", label: "Rejected" },
  { value: "ALL", label: "All" },
];
const control = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

/** A GET form: the queue's filters live in the URL, so a filtered queue can be paged and shared. */
export function ClaimFilters({ params, frameworks }: { params: LotClaimsParams; frameworks: Framework[] }) {
  return (
    <form
      role="search"
      aria-label="Filter lot claims"
      method="get"
      noValidate
      className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div className="lg:col-span-2">
        <label htmlFor="claims-q" className="block text-sm font-medium text-slate-900">
          Supplier name or Companies House number
        </label>
        <input id="claims-q" name="q" type="search" defaultValue={params.q} className={control} />
      </div>
      <div>
        <label htmlFor="claims-status" className="block text-sm font-medium text-slate-900">
          Status
        </label>
        <select id="claims-status" name="status" defaultValue={params.status} className={control}>
          {STATUS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="claims-framework" className="block text-sm font-medium text-slate-900">
          Framework
        </label>
        <select id="claims-framework" name="frameworkId" defaultValue={params.frameworkId ?? ""} className={control}>
          <option value="">Any</option>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.rmNumber})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="claims-lot" className="block text-sm font-medium text-slate-900">
          Lot
        </label>
        <select id="claims-lot" name="lotId" defaultValue={params.lotId ?? ""} className={control}>
          <option value="">Any</option>
          {frameworks.map((f) => (
            <optgroup key={f.id} label={f.name}>
              {f.lots.map((l) => (
                <option key={l.id} value={l.id}>
                  Lot {l.number}: {l.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Show claims
        </button>
      </div>
    </form>
  );
}
