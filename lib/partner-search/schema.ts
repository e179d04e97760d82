import { z } from "zod";
import { PageSchema, SearchSchema, SortDirectionSchema } from "@/lib/pagination";
import { REGIONS } from "@/lib/suppliers/schema";

export const PARTNER_SORTS = ["legalName", "region", "contracts", "partnerships"] as const;

const optionalId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** Partner search filters, all from the URL: a search can be shared and paged. */
export const PartnerSearchParamsSchema = z.object({
  page: PageSchema,
  sort: z.enum(PARTNER_SORTS).catch("legalName"),
  dir: SortDirectionSchema,
  q: SearchSchema,
  capabilityId: optionalId,
  lotId: optionalId,
  sme: z.enum(["sme", "not-sme"]).optional().catch(undefined),
  vcse: z.enum(["yes"]).optional().catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  seeks: z.enum(["lead", "join"]).optional().catch(undefined),
});

export type PartnerSearchParams = z.infer<typeof PartnerSearchParamsSchema>;

/** The most suggestions a supplier picker shows: enough to choose from, few enough to read. */
export const SUPPLIER_CHOICE_LIMIT = 20;

/** GET /api/suppliers/search?q=…: what was typed into a supplier picker. */
/** lotId: only suppliers with a verified place on that lot (the lead partner of a call-off). */
export const SupplierChoiceParamsSchema = z.object({
  q: SearchSchema,
  lotId: z
    .string()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});

/** One suggestion in a supplier picker; sme is as declared today, null when no size has been declared. */
export type SupplierChoice = {
  id: string;
  legalName: string;
  companiesHouseNumber: string | null;
  sme: boolean | null;
};
