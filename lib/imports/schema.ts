import { z } from "zod";
import { PageSchema } from "@/lib/pagination";
import { contentProblem, LEGACY_WORKBOOK, SNIFF_BYTES, type ExpectedContent } from "./file-type";

export const ImportListParamsSchema = z.object({ page: PageSchema });
export type ImportListParams = z.infer<typeof ImportListParamsSchema>;

/** Upload files up to this size; bulk loads beyond it go through the command line. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/**
 * A file field, checked in order and stopping at the first problem: chosen, not too large, a name
 * `expectedOf` accepts, and first bytes that really are what the name says (async: parse with
 * safeParseAsync). Nothing is saved or recorded for a file refused here.
 */
function uploadedFile(expectedOf: (name: string) => ExpectedContent | null, wrongName: (name: string) => string) {
  return z.instanceof(File, { message: "Choose a file" }).superRefine(async (file, ctx) => {
    const expected = expectedOf(file.name);
    const problem =
      file.size === 0
        ? "Choose a file (this one is empty)"
        : file.size > MAX_UPLOAD_BYTES
          ? "The file is over 100 MB: use the command line import"
          : !expected
            ? wrongName(file.name)
            : contentProblem(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()), expected);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

export const UploadSpendSchema = z.object({
  departmentId: z.string().min(1, "Choose the department whose spend this is").optional(),
  file: uploadedFile(
    (name) => (/\.csv$/i.test(name) ? "csv" : /\.xlsx$/i.test(name) ? "xlsx" : null),
    (name) => (/\.xls$/i.test(name) ? LEGACY_WORKBOOK : "Upload a .csv or .xlsx file"),
  ),
});

/** Which queued name a form is about: its normalised name and the number the file gave ("" for none). */
const QueuedName = z.object({
  importId: z.string().min(1),
  supplierKey: z.string().min(1),
  companiesHouseNumber: z
    .string()
    .trim()
    .max(8)
    .optional()
    .transform((v) => v || null),
});

export const LinkSupplierSchema = QueuedName.extend({
  supplierId: z
    .string({ message: "Choose the registered supplier this name means" })
    .min(1, "Choose the registered supplier this name means"),
});

export const CreateSupplierFromNameSchema = QueuedName.extend({
  legalName: z
    .string({ message: "Enter the supplier's legal name" })
    .trim()
    .min(2, "Enter the supplier's legal name")
    .max(200),
});

/** Which party an OCDS package waits on (lib/ocds/match-queue.ts): its import and its key. */
const QueuedParty = z.object({
  importId: z.string({ message: "The import is missing: reload the page" }).min(1),
  partyKey: z.string({ message: "The supplier is missing: reload the page" }).min(1).max(4000),
});

export const LinkOcdsPartySchema = QueuedParty.extend({
  supplierId: z
    .string({ message: "Choose the registered supplier this is" })
    .min(1, "Choose the registered supplier this is"),
});

export const CreateOcdsPartySupplierSchema = QueuedParty.extend({
  legalName: z
    .string({ message: "Enter the supplier's legal name" })
    .trim()
    .min(2, "Enter the supplier's legal name")
    .max(200, "The legal name is at most 200 characters"),
});

export const UploadOcdsSchema = z.object({
  ocdsFile: uploadedFile(
    (name) => (/\.json$/i.test(name) ? "ocds" : null),
    () => "Upload a .json release package",
  ),
});
