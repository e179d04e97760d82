import { isoDate } from "@/lib/dates/format";
import { z } from "zod";
import { MONTH_PATTERN } from "@/lib/actions/fields";

// Dashboard filters live in the URL (?from=2025-04&to=2026-03&framework=…&lot=…&capability=…&supplier=…).
// Anything malformed is dropped rather than failing the page: a bad link still shows the dashboard.
const Month = z.string().regex(MONTH_PATTERN).optional().catch(undefined);
const Id = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);

export const InsightFiltersSchema = z
  .object({ from: Month, to: Month, department: Id, framework: Id, lot: Id, capability: Id, supplier: Id })
  // A reversed range is read the way it was meant.
  .transform((f) => (f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f));

export type InsightFilters = z.infer<typeof InsightFiltersSchema>;

export const FILTER_KEYS = ["from", "to", "department", "framework", "lot", "capability", "supplier"] as const;

/** The first day of the from-month and the first day after the to-month, as ISO dates. */
export function dateBounds(f: InsightFilters): { fromDate: string | null; toDateExclusive: string | null } {
  const fromDate = f.from ? `${f.from}-01` : null;
  let toDateExclusive: string | null = null;
  if (f.to) {
    const [y, m] = f.to.split("-").map(Number) as [number, number];
    toDateExclusive = isoDate(new Date(Date.UTC(y, m, 1)));
  }
  return { fromDate, toDateExclusive };
}

export const SPEND_ROW_KINDS = ["DIRECT", "INDIRECT"] as const;

/** The drill-down list of spend rows: the dashboard filters plus what the clicked figure adds. */
export const SpendRowsParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  kind: z.enum(SPEND_ROW_KINDS).optional().catch(undefined),
  sme: z.enum(["yes", "no"]).optional().catch(undefined),
  route: z
    .enum(["FRAMEWORK_CALL_OFF", "OPEN", "RESTRICTED", "COMPETITIVE_FLEXIBLE", "DIRECT_AWARD"])
    .optional()
    .catch(undefined),
  contract: Id,
});
