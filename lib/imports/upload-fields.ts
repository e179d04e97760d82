import { z } from "zod";
import { LEGACY_WORKBOOK } from "./file-type";

/** Which upload the route receives, from its address: /imports/upload?kind=spend or ?kind=ocds. */
export const UploadKindSchema = z.object({
  kind: z.enum(["spend", "ocds"], { message: "The upload address must say kind=spend or kind=ocds" }),
});

/** The spend form's fields besides the file (only administrators choose the department). */
export const SpendUploadFieldsSchema = z.object({
  departmentId: z.string().trim().min(1, "Choose the department whose spend this is").optional(),
});

/** The problem with a file's name for this kind of upload, or null. */
export function fileNameProblem(kind: "spend" | "ocds", name: string): string | null {
  if (!name) return "Choose a file";
  if (kind === "ocds") return /\.json$/i.test(name) ? null : "Upload a .json release package";
  if (/\.(csv|xlsx)$/i.test(name)) return null;
  return /\.xls$/i.test(name) ? LEGACY_WORKBOOK : "Upload a .csv or .xlsx file";
}
