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
