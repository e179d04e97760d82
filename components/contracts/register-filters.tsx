const selectClass = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";
const ENDING = [3, 6, 12, 24];

/** The register's extra filters, inside its GET search form: framework, supplier, ending soon. */
export function RegisterFilters({
  frameworks,
  framework,
  supplier,
  ending,
}: {
  frameworks: Array<{ id: string; name: string; rmNumber: string }>;
  framework?: string;
  supplier?: string;
  ending?: number;
}) {
  return (
    <>
      <div>
        <label htmlFor="framework" className="block text-sm font-medium text-slate-900">
          Framework
        </label>
        <select id="framework" name="framework" defaultValue={framework ?? ""} className={`${selectClass} max-w-64`}>
          <option value="">Any framework</option>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.rmNumber})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="supplier" className="block text-sm font-medium text-slate-900">
          Supplier (lead or member)
        </label>
        <input id="supplier" name="supplier" type="search" defaultValue={supplier} className={`${selectClass} w-56`} />
      </div>
      <div>
        <label htmlFor="ending" className="block text-sm font-medium text-slate-900">
          Ending within
        </label>
        <select id="ending" name="ending" defaultValue={ending?.toString() ?? ""} className={selectClass}>
          <option value="">Any time</option>
          {ENDING.map((n) => (
            <option key={n} value={n}>
              {n} months
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
