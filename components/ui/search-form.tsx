import type { ReactNode } from "react";

/** A GET form: the search lives in the URL, so results can be shared, bookmarked and paged. */
export function SearchForm({
  label,
  defaultValue,
  hidden = {},
  children,
}: {
  label: string;
  defaultValue?: string;
  hidden?: Record<string, string | undefined>;
  children?: ReactNode;
}) {
  return (
    <form role="search" className="mb-4 flex flex-wrap items-end gap-3" method="get">
      <div>
        <label htmlFor="q" className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          className="mt-1 w-72 rounded border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      {children}
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Search
      </button>
    </form>
  );
}
