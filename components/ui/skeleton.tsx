const WIDTHS = ["w-11/12", "w-3/4", "w-5/6", "w-1/2"];

/** Stands in for part of a page while it streams in: grey bars, and the label for screen readers. */
export function Skeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" className="space-y-3 py-1">
      <span className="sr-only">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div
          key={i}
          aria-hidden="true"
          className={`h-4 animate-pulse rounded bg-slate-200 ${WIDTHS[i % WIDTHS.length]}`}
        />
      ))}
    </div>
  );
}
