import { safeCellSql, type CellKind } from "@/lib/csv";
import { sqlLiteral } from "@/lib/exports/sql";
import type { XlsxColumn } from "@/lib/exports/stream-xlsx";

/** One column of an export: its header (also the SQL alias), the SQL that produces it, and its kind. */
export type ExportColumn = { header: string; sql: string; kind?: CellKind; width?: number };

const isText = (c: ExportColumn) => (c.kind ?? "text") === "text";

/**
 * SELECT list whose aliases are the human headers, so COPY's CSV header is the file's header. For CSV,
 * text columns go through the one formula rule (lib/csv.ts) in SQL; XLSX cells are typed strings, which
 * a spreadsheet never runs, so they keep the exact text.
 */
export function selectList(columns: ExportColumn[], format: "csv" | "xlsx"): string {
  return columns
    .map(
      (c) =>
        `${format === "csv" && isText(c) ? safeCellSql(`(${c.sql})::text`) : c.sql} AS "${c.header.replaceAll('"', "")}"`,
    )
    .join(",\n  ");
}

export function xlsxColumns(columns: ExportColumn[]): XlsxColumn[] {
  return columns.map((c) => ({ header: c.header, key: c.header.replaceAll('"', ""), kind: c.kind, width: c.width }));
}

/** A code column shown by its label, as a SQL CASE built from the same label map the screens use. */
export function labelSql(column: string, labels: Record<string, string>): string {
  const cases = Object.entries(labels).map(([code, label]) => `WHEN ${sqlLiteral(code)} THEN ${sqlLiteral(label)}`);
  return `CASE ${column}::text ${cases.join(" ")} END`;
}
