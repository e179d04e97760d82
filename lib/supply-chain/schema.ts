import { z } from "zod";
import { contentProblem, SNIFF_BYTES } from "@/lib/imports/file-type";

/** A return file is small: a line per contract, month and member paid. */
export const MAX_RETURN_BYTES = 5 * 1024 * 1024;

/**
 * The uploaded return, checked in order and stopping at the first problem: chosen, not too large, named
 * .csv, and first bytes that are CSV text (async: parse with safeParseAsync). Nothing is stored for a
 * file refused here; its rows are checked by the upload's job.
 */
export const UploadReturnCsvSchema = z.object({
  file: z.instanceof(File, { message: "Choose a CSV file" }).superRefine(async (file, ctx) => {
    const problem =
      file.size === 0
        ? "Choose a CSV file"
        : file.size > MAX_RETURN_BYTES
          ? "The file is larger than 5 MB"
          : !/\.csv$/i.test(file.name)
            ? "Upload a .csv file"
            : contentProblem(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()), "csv");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

/** The returns page's address may name one upload, to show how its job is going: ?return=<import id>. */
export const ReturnsPageParamsSchema = z.object({ return: z.string().min(1).max(64).optional().catch(undefined) });
