// The parameters of every export, checked strictly: an export is evidence, so a bad parameter is refused
// with a message naming it rather than silently dropped. An empty field (a form left blank) means "not set".
import { z } from "zod";
import { MONTH_PATTERN, parseCalendarDate } from "@/lib/actions/fields";

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

// Real calendar days and months between 1900 and 2100: 2025-02-31 and 0000-01-01 are refused, not rolled over.
const isoDate = z
  .string()
  .refine((d) => parseCalendarDate(d) !== null, "Enter a real date between 1900 and 2100, like 2025-04-01");
const month = z.string().regex(MONTH_PATTERN, "Enter a month between 1900 and 2100, like 2025-04");
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id");

export const ExportFormatSchema = z.preprocess(
  blankIsUnset,
  z.enum(["csv", "xlsx"], { message: "must be csv or xlsx" }).default("csv"),
);

// Judged only when both dates are themselves valid.
const range = {
  path: ["to"],
  message: "must be on or after From",
  when: (payload: { issues: unknown[] }) => payload.issues.length === 0,
};
const inOrder = (p: { from?: string; to?: string }) => !p.from || !p.to || p.from <= p.to;

export const SpendExportParamsSchema = z
  .object({
    format: ExportFormatSchema,
    kind: z.preprocess(
      blankIsUnset,
      z.enum(["all", "DIRECT", "INDIRECT"], { message: "must be all, DIRECT or INDIRECT" }).default("all"),
    ),
    from: unsetIfBlank(isoDate),
    to: unsetIfBlank(isoDate),
    departmentId: unsetIfBlank(id),
    supplierId: unsetIfBlank(id),
  })
  .refine(inOrder, range);
export type SpendExportParams = z.infer<typeof SpendExportParamsSchema>;

export const AuditExportParamsSchema = z
  .object({
    format: ExportFormatSchema,
    q: unsetIfBlank(z.string().trim().max(200, "must be at most 200 characters")),
    entityType: unsetIfBlank(z.string().trim().max(60, "must be at most 60 characters")),
    from: unsetIfBlank(isoDate),
    to: unsetIfBlank(isoDate),
  })
  .refine(inOrder, range);
export type AuditExportParams = z.infer<typeof AuditExportParamsSchema>;

/** The dashboards' filters, strictly: a bad month or id is a 400 here (the dashboards drop it instead). */
export const InsightExportParamsSchema = z
  .object({
    format: ExportFormatSchema,
    from: unsetIfBlank(month),
    to: unsetIfBlank(month),
    department: unsetIfBlank(id),
    framework: unsetIfBlank(id),
    lot: unsetIfBlank(id),
    capability: unsetIfBlank(id),
    supplier: unsetIfBlank(id),
  })
  .refine(inOrder, range);

/** No department: every department the caller may see. */
export const OcdsExportParamsSchema = z.object({ departmentId: unsetIfBlank(id) });

const required = (message: string, schema: z.ZodString) =>
  z.preprocess(blankIsUnset, z.string({ message }).pipe(schema));

export const ReportParamsSchema = z
  .object({
    departmentId: required("Choose a department", id),
    from: required("Enter the first month, like 2025-04", month),
    to: required("Enter the last month, like 2026-03", month),
  })
  .refine(inOrder, range);

/** The register's download: the register's own filters, each checked. */
export const RegisterExportParamsSchema = z.object({
  q: unsetIfBlank(z.string().trim().max(200, "must be at most 200 characters")),
  status: unsetIfBlank(
    z.enum(["PLANNED", "ACTIVE", "TERMINATED", "EXPIRED", "CANCELLED"], {
      message: "must be PLANNED, ACTIVE, TERMINATED, EXPIRED or CANCELLED",
    }),
  ),
  framework: unsetIfBlank(z.string().max(64, "must be at most 64 characters")),
  supplier: unsetIfBlank(z.string().trim().max(200, "must be at most 200 characters")),
  ending: unsetIfBlank(
    z.coerce
      .number({ message: "must be a number of months" })
      .int("must be a whole number of months")
      .min(1, "must be 1 to 120 months")
      .max(120, "must be 1 to 120 months"),
  ),
  sort: z.preprocess(
    blankIsUnset,
    z
      .enum(["title", "awardDate", "endDate", "currentValue"], {
        message: "must be title, awardDate, endDate or currentValue",
      })
      .default("endDate"),
  ),
  dir: z.preprocess(blankIsUnset, z.enum(["asc", "desc"], { message: "must be asc or desc" }).default("desc")),
});
