// The Exports page's forms submit to the page itself: the page checks the fields with the export's own
// schema, shows a GOV.UK-style error summary for bad ones, and otherwise sends the browser to the export's
// stable URL (the one a script calls). Pure: no I/O.
import { z } from "zod";
import {
  AuditExportParamsSchema,
  InsightExportParamsSchema,
  OcdsExportParamsSchema,
  ReportParamsSchema,
  SpendExportParamsSchema,
} from "@/lib/exports/schema";

export const EXPORT_FORMS = {
  spend: { url: "/api/exports/spend", schema: SpendExportParamsSchema },
  "sme-share": { url: "/api/exports/insight/sme-share", schema: InsightExportParamsSchema },
  "lock-in": { url: "/api/exports/insight/lock-in", schema: InsightExportParamsSchema },
  kpis: { url: "/api/exports/insight/kpis", schema: InsightExportParamsSchema },
  partnerships: { url: "/api/exports/insight/partnerships", schema: InsightExportParamsSchema },
  ocds: { url: "/api/exports/ocds", schema: OcdsExportParamsSchema },
  report: { url: "/api/reports/department", schema: ReportParamsSchema },
  audit: { url: "/api/exports/audit", schema: AuditExportParamsSchema },
} as const satisfies Record<string, { url: string; schema: z.ZodType }>;
export type ExportFormId = keyof typeof EXPORT_FORMS;

/** Labels as the forms show them, for messages that say which field is wrong in words. */
const LABELS: Record<string, string> = {
  departmentId: "Department",
  department: "Department",
  kind: "Kind",
  format: "Format",
  from: "From",
  to: "To",
  q: "Search",
  entityType: "Record type",
};
/** The input a field's error links to: `${form}-${suffix}` (both department parameters are the Department select). */
const INPUT_SUFFIX: Record<string, string> = { departmentId: "department", department: "department" };

export type ExportFieldError = { field: string; inputId: string; message: string };
export type ExportFormCheck =
  | { outcome: "none" }
  | { outcome: "download"; url: string }
  | { outcome: "invalid"; form: ExportFormId; errors: ExportFieldError[]; values: Record<string, string> };

export const inputId = (form: string, field: string) => `${form}-${INPUT_SUFFIX[field] ?? field}`;

/** What the page does with its query string: nothing, send the browser to the file, or show what to fix. */
export function checkExportForm(search: Record<string, string | string[] | undefined>): ExportFormCheck {
  const form = typeof search.export === "string" ? search.export : undefined;
  if (!form || !(form in EXPORT_FORMS)) return { outcome: "none" };
  const definition = EXPORT_FORMS[form as ExportFormId];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(search))
    if (key !== "export" && typeof value === "string") values[key] = value;
  const parsed = definition.schema.safeParse(values);
  if (parsed.success) {
    // Only the fields that were filled in: an empty field means "not set", in the URL as on the form.
    const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v.trim() !== ""));
    return { outcome: "download", url: query.size ? `${definition.url}?${query}` : definition.url };
  }
  const errors = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    return { field, inputId: inputId(form, field), message: `${LABELS[field] ?? field}: ${issue.message}` };
  });
  return { outcome: "invalid", form: form as ExportFormId, errors, values };
}
