import { z } from "zod";
import { parseCalendarDate } from "@/lib/actions/fields";
import { PageSchema, SearchSchema } from "@/lib/pagination";

// A day that does not exist (2025-02-31) or is out of range is dropped, never rolled over to another day.
const DateParam = z
  .string()
  .refine((d) => parseCalendarDate(d) !== null)
  .optional()
  .catch(undefined);

export const AuditListParamsSchema = z.object({
  page: PageSchema,
  /** Actor email or action, free text. */
  q: SearchSchema,
  entityType: z
    .string()
    .trim()
    .max(60)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  from: DateParam,
  to: DateParam,
});

export type AuditListParams = z.infer<typeof AuditListParamsSchema>;

/**
 * The date filters that were sent but are not real days 1900-2100, with what was sent: the list ignores
 * them, and the page says so beside the field rather than silently showing everything.
 */
export function ignoredDateFilters(
  raw: Record<string, string | undefined>,
  params: AuditListParams,
): Partial<Record<"from" | "to", string>> {
  const ignored: Partial<Record<"from" | "to", string>> = {};
  for (const field of ["from", "to"] as const) {
    const sent = raw[field]?.trim();
    if (sent && !params[field]) ignored[field] = sent;
  }
  return ignored;
}
