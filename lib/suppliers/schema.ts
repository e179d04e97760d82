import { z } from "zod";
import { PageSchema, SearchSchema, SortDirectionSchema } from "@/lib/pagination";

export const SUPPLIER_SORTS = ["legalName", "region", "createdAt"] as const;

export const SupplierListParamsSchema = z.object({
  page: PageSchema,
  q: SearchSchema,
  sort: z.enum(SUPPLIER_SORTS).catch("legalName"),
  dir: SortDirectionSchema,
});

export type SupplierListParams = z.infer<typeof SupplierListParamsSchema>;

export const SIZE_CLASS_LABELS = { MICRO: "Micro", SMALL: "Small", MEDIUM: "Medium", LARGE: "Large" } as const;

/** ITL1 regions: the values a supplier's region and the partner search use. */
export const REGIONS = [
  "London", "South East", "East of England", "South West", "West Midlands", "East Midlands", "North West",
  "North East", "Yorkshire and The Humber", "Wales", "Scotland", "Northern Ireland",
] as const;
