import Link from "next/link";
import { type InsightFilters, FILTER_KEYS } from "@/lib/insight/schema";
import { withParams } from "@/lib/url";

export const INSIGHT_PAGES = [
  { href: "/insight", label: "Spend and SME share" },
  { href: "/insight/partnerships", label: "Partnerships and concentration" },
  { href: "/insight/contracts", label: "Lock-in, renewals and KPIs" },
] as const;

/** Link to an insight page keeping the current filters (and overriding some). */
export function insightHref(
  path: string,
  filters: InsightFilters,
  changes: Partial<Record<(typeof FILTER_KEYS)[number], string | undefined>> = {},
) {
  const params: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) params[key] = key in changes ? changes[key] : filters[key];
  return withParams(path, params);
}

export function InsightTabs({ current, filters }: { current: string; filters: InsightFilters }) {
  return (
    <nav aria-label="Dashboards" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {INSIGHT_PAGES.map((p) => (
          <li key={p.href}>
            <Link
              href={insightHref(p.href, filters)}
              aria-current={p.href === current ? "page" : undefined}
              className={`block rounded border px-3 py-1.5 text-sm font-semibold ${p.href === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white text-brand-700 hover:bg-slate-50"}`}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
