import Link from "next/link";
import type { InsightFilters } from "@/lib/insight/schema";
import { insightHref } from "@/components/insight/insight-tabs";

type Options = {
  departments: { id: string; name: string }[];
  frameworks: { id: string; rmNumber: string; name: string; lots: { id: string; number: string; name: string }[] }[];
  capabilities: { id: string; name: string; parentId: string | null }[];
  supplier: { id: string; legalName: string } | null;
};

// On a phone each filter takes the row (a long department name must not widen the page); side by side from sm.
const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 sm:w-auto sm:max-w-xs";
const cell = "w-full min-w-0 sm:w-auto";
const labelClass = "block text-sm font-medium text-slate-900";

/** A GET form: the filters live in the URL, so every view can be shared and bookmarked. */
export function InsightFilterForm({
  path,
  filters,
  options,
}: {
  path: string;
  filters: InsightFilters;
  options: Options;
}) {
  const roots = options.capabilities.filter((c) => c.parentId === null);
  return (
    <form
      method="get"
      action={path}
      aria-label="Dashboard filters"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4"
    >
      <div className={cell}>
        <label htmlFor="from" className={labelClass}>
          From month
        </label>
        <input id="from" name="from" type="month" defaultValue={filters.from} className={field} />
      </div>
      <div className={cell}>
        <label htmlFor="to" className={labelClass}>
          To month
        </label>
        <input id="to" name="to" type="month" defaultValue={filters.to} className={field} />
      </div>
      {options.departments.length > 1 ? (
        <div className={cell}>
          <label htmlFor="department" className={labelClass}>
            Department
          </label>
          <select id="department" name="department" defaultValue={filters.department ?? ""} className={field}>
            <option value="">All you can see</option>
            {options.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={cell}>
        <label htmlFor="framework" className={labelClass}>
          Framework
        </label>
        <select id="framework" name="framework" defaultValue={filters.framework ?? ""} className={field}>
          <option value="">Any framework</option>
          {options.frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.rmNumber} {f.name}
            </option>
          ))}
        </select>
      </div>
      <div className={cell}>
        <label htmlFor="lot" className={labelClass}>
          Lot
        </label>
        <select id="lot" name="lot" defaultValue={filters.lot ?? ""} className={field}>
          <option value="">Any lot</option>
          {options.frameworks.map((f) => (
            <optgroup key={f.id} label={f.rmNumber}>
              {f.lots.map((l) => (
                <option key={l.id} value={l.id}>
                  Lot {l.number}: {l.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className={cell}>
        <label htmlFor="capability" className={labelClass}>
          Capability
        </label>
        <select id="capability" name="capability" defaultValue={filters.capability ?? ""} className={field}>
          <option value="">Any capability</option>
          {roots.map((root) => (
            <optgroup key={root.id} label={root.name}>
              <option value={root.id}>All of {root.name}</option>
              {options.capabilities
                .filter((c) => c.parentId === root.id)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      {filters.supplier ? (
        <p className="text-sm">
          <input type="hidden" name="supplier" value={filters.supplier} />
          Supplier: <strong>{options.supplier?.legalName ?? "unknown supplier"}</strong>{" "}
          <Link href={insightHref(path, filters, { supplier: undefined })} className="text-brand-700 underline">
            Remove supplier filter
          </Link>
        </p>
      ) : null}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Apply filters
      </button>
      <Link href={path} className="py-2 text-sm text-brand-700 underline">
        Clear all
      </Link>
    </form>
  );
}
