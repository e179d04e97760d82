import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

/** A dashboard panel: heading, optional chart, and the data table (the accessible version) under it. */
export function ChartFigure({
  id,
  title,
  description,
  chart,
  table,
  empty,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  chart?: ReactNode;
  table: ReactNode;
  empty?: string | null;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-1 mb-3 text-sm text-slate-700">{description}</p> : null}
      {empty ? (
        <EmptyState title={empty}>Try a wider date range or fewer filters.</EmptyState>
      ) : (
        <>
          {chart}
          <details className="mt-3" open={!chart}>
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">
              Data table: {title.toLowerCase()}
            </summary>
            <div className="mt-2">{table}</div>
          </details>
        </>
      )}
    </section>
  );
}
