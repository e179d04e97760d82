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
  "London",
  "South East",
  "East of England",
  "South West",
  "West Midlands",
  "East Midlands",
  "North West",
  "North East",
  "Yorkshire and The Humber",
  "Wales",
  "Scotland",
  "Northern Ireland",
] as const;

/** An administrator's merge of a duplicate (removeId) into the supplier kept, after the confirmation step. */
export const MergeSuppliersSchema = z.object({
  keepId: z.string({ message: "Choose the supplier to keep" }).min(1, "Choose the supplier to keep"),
  removeId: z
    .string({ message: "Choose the duplicate to merge into it" })
    .min(1, "Choose the duplicate to merge into it"),
  confirmed: z.literal("on", { message: "Confirm that the two records are the same organisation" }),
});

export const VerifySupplierIdentitySchema = z.object({
  supplierId: z.string({ message: "Choose a supplier" }).min(1, "Choose a supplier"),
});
export const VerifySizeDeclarationSchema = z.object({
  declarationId: z.string({ message: "Choose a size declaration" }).min(1, "Choose a size declaration"),
});
