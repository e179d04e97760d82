import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import type { CellKind } from "@/lib/csv";
import { env } from "@/lib/env";
import { toWebStream } from "@/lib/exports/to-web-stream";

export type XlsxColumn = { header: string; key: string; width?: number; kind?: CellKind };

const FORMATS = { money: "£#,##0.00;-£#,##0.00", date: "dd/mm/yyyy", integer: "#,##0", percent: "0.0%" } as const;
const BATCH = 5_000;

/**
 * Streams a query's result as an XLSX workbook: rows are fetched through a server-side cursor in
 * batches and written by exceljs's streaming writer, so memory stays flat however many rows there are.
 * Money arrives from Postgres as an exact decimal string and is written as a number with a £ format.
 */
export function streamXlsxFromQuery(sql: string, sheetName: string, columns: XlsxColumn[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  void (async () => {
    try {
      await client.connect();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
      sheet.columns = columns.map((c) => ({
        header: c.header,
        key: c.key,
        width: c.width ?? 18,
        style: c.kind && c.kind !== "text" ? { numFmt: FORMATS[c.kind] } : {},
      }));
      await client.query("BEGIN READ ONLY");
      await client.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${sql}`);
      for (;;) {
        const { rows } = await client.query<Record<string, unknown>>(`FETCH ${BATCH} FROM export_cursor`);
        for (const row of rows) sheet.addRow(toCells(row, columns)).commit();
        if (rows.length < BATCH) break;
        // Let the HTTP client drain what has been written before fetching more.
        if (out.writableNeedDrain) await new Promise((resolve) => out.once("drain", resolve));
      }
      await client.query("COMMIT");
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return toWebStream(out);
}

function toCells(row: Record<string, unknown>, columns: XlsxColumn[]) {
  const cells: Record<string, unknown> = {};
  for (const c of columns) {
    const value = row[c.key];
    if (value === null || value === undefined) cells[c.key] = null;
    else if (c.kind === "money" || c.kind === "integer" || c.kind === "percent") cells[c.key] = Number(value);
    else if (c.kind === "date") cells[c.key] = value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`);
    else cells[c.key] = String(value);
  }
  return cells;
}
