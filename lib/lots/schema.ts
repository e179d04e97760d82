import { z } from "zod";
import { DateSchema } from "@/lib/suppliers/portal-schema";

export const LotClaimSchema = z
  .object({
    lotId: z.string().min(1, "Choose a framework lot"),
    startDate: DateSchema,
    endDate: DateSchema.optional(),
  })
  .refine((c) => !c.endDate || c.endDate >= c.startDate, { path: ["endDate"], message: "The end date must be on or after the start date" });

export const LotDecisionSchema = z.object({ membershipId: z.string().min(1) });

export const LotRejectionSchema = LotDecisionSchema.extend({
  reason: z.string().trim().min(5, "Give the supplier a reason (at least 5 characters)").max(500),
});
