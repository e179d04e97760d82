import type { XlsxColumn } from "@/lib/exports/stream-xlsx";

/** One column of an export: its header (also the SQL alias), the SQL that produces it, and its kind. */
export type ExportColumn = { header: string; sql: string; kind?: XlsxColumn["kind"]; width?: number };

/** SELECT list whose aliases are the human headers, so COPY's CSV header is the file's header. */
export function selectList(columns: ExportColumn[]): string {
  return columns.map((c) => `${c.sql} AS "${c.header.replaceAll('"', "")}"`).join(",\n  ");
}

export function xlsxColumns(columns: ExportColumn[]): XlsxColumn[] {
  return columns.map((c) => ({ header: c.header, key: c.header.replaceAll('"', ""), kind: c.kind, width: c.width }));
}
