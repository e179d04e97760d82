import Link from "next/link";
import { formatCount } from "@/lib/format";

export function Pagination({
  page,
  pageCount,
  total,
  pageSize,
  hrefFor,
  noun,
}: {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
  noun: string;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-700" aria-live="polite">
        Showing {formatCount(first)}–{formatCount(last)} of {formatCount(total)} {noun}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link
            className="rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-50"
            href={hrefFor(page - 1)}
            rel="prev"
          >
            Previous<span className="sr-only"> page</span>
          </Link>
        ) : null}
        <span className="px-2 text-slate-700">
          Page {formatCount(page)} of {formatCount(pageCount)}
        </span>
        {page < pageCount ? (
          <Link
            className="rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-50"
            href={hrefFor(page + 1)}
            rel="next"
          >
            Next<span className="sr-only"> page</span>
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
