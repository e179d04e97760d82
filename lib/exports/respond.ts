import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { xlsxColumns, type ExportColumn } from "@/lib/exports/columns";
import { streamCsvFromQuery } from "@/lib/exports/stream-csv";
import { streamXlsxFromQuery } from "@/lib/exports/stream-xlsx";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** A 400 naming each bad query parameter, for people and scripts alike. */
export function badExportRequest(error: z.ZodError): Response {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  const message = Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join("; ")}`).join(". ");
  return Response.json({ error: message || "Invalid export request", fields }, { status: 400 });
}

/** Records the export as an audit event (who, what, filters, when), then streams the file. */
export async function exportResponse(options: {
  caller: Caller;
  name: string;
  format: "csv" | "xlsx";
  sql: string;
  columns: ExportColumn[];
  filters: Record<string, unknown>;
  departmentId?: string;
}): Promise<Response> {
  await recordAudit(db, {
    actor: options.caller,
    action: `export.${options.name}`,
    entityType: "Export",
    departmentId: options.departmentId ?? null,
    after: { format: options.format, filters: options.filters },
  });
  const body =
    options.format === "csv"
      ? streamCsvFromQuery(options.sql)
      : streamXlsxFromQuery(options.sql, options.name, xlsxColumns(options.columns));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[options.format],
      "Content-Disposition": `attachment; filename="partnerscope-${options.name}-${stamp}.${options.format}"`,
      // no-transform: the app server does not gzip a multi-megabyte stream row by row (Next's compression
      // honours it); a reverse proxy in front may still compress.
      "Cache-Control": "no-store, no-transform",
    },
  });
}
