import { z } from "zod";
import { PageSchema, SearchSchema } from "@/lib/pagination";

const DateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
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
