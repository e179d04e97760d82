import { z } from "zod";
import { PageSchema } from "@/lib/pagination";

export const ImportListParamsSchema = z.object({ page: PageSchema });
export type ImportListParams = z.infer<typeof ImportListParamsSchema>;

/** Upload files up to this size; bulk loads beyond it go through the command line. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export const UploadSpendSchema = z.object({
  departmentId: z.string().min(1, "Choose the department whose spend this is").optional(),
  file: z
    .instanceof(File, { message: "Choose a file" })
    .refine((f) => f.size > 0, "Choose a file (this one is empty)")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, "The file is over 100 MB: use the command line import")
    .refine((f) => /\.(csv|xlsx)$/i.test(f.name), "Upload a .csv or .xlsx file"),
});

export const LinkSupplierSchema = z.object({
  importId: z.string().min(1),
  supplierKey: z.string().min(1),
  supplierId: z.string({ message: "Choose the registered supplier this name means" }).min(1, "Choose the registered supplier this name means"),
});

export const CreateSupplierFromNameSchema = z.object({
  importId: z.string().min(1),
  supplierKey: z.string().min(1),
  legalName: z.string({ message: "Enter the supplier's legal name" }).trim().min(2, "Enter the supplier's legal name").max(200),
});

export const UploadOcdsSchema = z.object({
  ocdsFile: z
    .instanceof(File, { message: "Choose a file" })
    .refine((f) => f.size > 0, "Choose a file (this one is empty)")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, "The file is over 100 MB: use the command line import")
    .refine((f) => /\.json$/i.test(f.name), "Upload a .json release package"),
});
