import type { PartnerSearchParams } from "@/lib/partner-search/schema";
import { REGIONS } from "@/lib/suppliers/schema";

type Option = { value: string; label: string };

function Choice({ name, label, options, value }: { name: string; label: string; options: Option[]; value?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2"
      >
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form: filters live in the URL, so a search can be shared, bookmarked and paged without JavaScript. */
export function PartnerSearchForm({
  params,
  capabilities,
  lots,
}: {
  params: PartnerSearchParams;
  capabilities: Option[];
  lots: Option[];
}) {
  return (
    <form
      role="search"
      aria-label="Partner search"
      method="get"
      className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-3"
    >
      <div>
        <label htmlFor="q" className="block text-sm font-medium text-slate-900">
          Name or Companies House number
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={params.q}
          className="mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <Choice
        name="capabilityId"
        label="Capability (includes narrower ones)"
        options={capabilities}
        value={params.capabilityId}
      />
      <Choice name="lotId" label="Framework lot (verified, current)" options={lots} value={params.lotId} />
      <Choice
        name="sme"
        label="Size today"
        options={[
          { value: "sme", label: "SME" },
          { value: "not-sme", label: "Not an SME" },
        ]}
        value={params.sme}
      />
      <Choice name="vcse" label="VCSE" options={[{ value: "yes", label: "VCSE only" }]} value={params.vcse} />
      <Choice
        name="region"
        label="Region"
        options={REGIONS.map((r) => ({ value: r, label: r }))}
        value={params.region}
      />
      <Choice
        name="seeks"
        label="Willing to"
        options={[
          { value: "lead", label: "Lead a partnership" },
          { value: "join", label: "Join a partnership" },
        ]}
        value={params.seeks}
      />
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex items-end">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Search
        </button>
      </div>
    </form>
  );
}
