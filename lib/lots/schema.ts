import { z } from "zod";
import { PageSchema, SearchSchema } from "@/lib/pagination";
import { DateSchema } from "@/lib/suppliers/portal-schema";

export const LotClaimSchema = z
  .object({
    lotId: z.string({ error: "Choose a framework lot" }).min(1, "Choose a framework lot"),
    startDate: DateSchema,
    endDate: DateSchema.optional(),
  })
  .refine((c) => !c.endDate || c.endDate >= c.startDate, {
    path: ["endDate"],
    message: "The end date must be on or after the start date",
  });

export const LotDecisionSchema = z.object({ membershipId: z.string().min(1) });

export const LotRejectionSchema = LotDecisionSchema.extend({
  reason: z
    .string({ error: "Enter a reason for rejecting the claim" })
    .trim()
    .min(5, "Enter a reason for rejecting the claim, at least 5 characters")
    .max(500, "Keep the reason under 500 characters"),
});

/** The lot claims queue's filters, from the URL: open claims by default. */
export const LotClaimsParamsSchema = z.object({
  status: z.enum(["CLAIMED", "VERIFIED", "REJECTED", "ALL"]).catch("CLAIMED").default("CLAIMED"),
  frameworkId: z
    .string()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  lotId: z
    .string()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  q: SearchSchema,
  page: PageSchema.default(1),
});
export type LotClaimsParams = z.infer<typeof LotClaimsParamsSchema>;
