import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Caller } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { xlsxColumns, type ExportColumn } from "@/lib/exports/columns";
import { afterFirstChunk } from "@/lib/exports/first-chunk";
import { streamCsvFromQuery } from "@/lib/exports/stream-csv";
import { streamXlsxFromQuery } from "@/lib/exports/stream-xlsx";
import { inlineSql } from "@/lib/exports/sql";
import { ukIsoDate } from "@/lib/dates/format";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** A 400 naming each bad query parameter, for people and scripts alike. */
export function badExportRequest(error: z.ZodError): Response {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  const message = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(". ");
  return Response.json({ error: message || "Invalid export request", fields }, { status: 400 });
}

/** Streams the file and, once its first bytes are ready (the query ran), records the export as an audit event. */
export async function exportResponse(options: {
  caller: Caller;
  name: string;
  format: "csv" | "xlsx";
  sql: Prisma.Sql;
  columns: ExportColumn[];
  filters: Record<string, unknown>;
  departmentId?: string;
  /** Default partnerscope-{name}-{date}.{format}; the register keeps the name its download always had. */
  fileName?: string;
}): Promise<Response> {
  const sql = inlineSql(options.sql);
  const body = await afterFirstChunk(
    options.format === "csv"
      ? streamCsvFromQuery(sql)
      : streamXlsxFromQuery(sql, options.name, xlsxColumns(options.columns)),
  );
  await recordExport(
    options.caller,
    options.name,
    { format: options.format, filters: options.filters },
    options.departmentId,
  );
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[options.format],
      "Content-Disposition": attachment(
        options.fileName ?? `partnerscope-${options.name}-${today()}.${options.format}`,
      ),
      // no-transform: the app server does not gzip a multi-megabyte stream row by row (Next's compression
      // honours it); a reverse proxy in front may still compress.
      "Cache-Control": "no-store, no-transform",
    },
  });
}

/** The one audit event of an export that is being sent: who, which export, the filters, when. */
export async function recordExport(
  caller: Caller,
  name: string,
  after: Record<string, unknown>,
  departmentId?: string | null,
) {
  await recordAudit(db, {
    actor: caller,
    action: `export.${name}`,
    entityType: "Export",
    departmentId: departmentId ?? null,
    after,
  });
}

export const today = () => ukIsoDate();
export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.-]/g, "-")}"`;
