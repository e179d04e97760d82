import { Fragment, type ReactNode } from "react";

export function Card({ title, children, className = "" }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <section
      className={`min-w-0 rounded-lg border border-slate-300 bg-white p-5 shadow-sm ${className}`}
      aria-label={title}
    >
      {title ? <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2> : null}
      {children}
    </section>
  );
}

/** A figure may break after a thousands comma ("£385,941,<wbr>000.00") rather than run out of its card. */
function breakableFigure(value: ReactNode): ReactNode {
  if (typeof value !== "string" || !value.includes(",")) return value;
  return value.split(",").map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          ,<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

/** A headline figure. On a phone two share a row: smaller type, and it wraps inside its card. */
export function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-xl font-bold [overflow-wrap:anywhere] text-slate-900 tabular-nums sm:text-2xl">
        {breakableFigure(value)}
      </dd>
    </div>
  );
}

export function DescriptionList({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([term, detail]) => (
        <div key={term}>
          <dt className="text-sm font-medium text-slate-700">{term}</dt>
          <dd className="text-slate-900">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
