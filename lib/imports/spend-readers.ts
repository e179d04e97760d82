// Streams a spend file's rows as arrays of cell text, header first, with their row numbers in the
// file. CSV goes through iconv-lite and papaparse; XLSX through exceljs's streaming reader (first sheet).
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { detectEncoding } from "./file-encoding";

export type FileRow = { rowNumber: number; cells: string[] };
export type SpendFileFormat = "csv" | "xlsx";

export function formatOfFileName(fileName: string): SpendFileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

/** Rows handed over at a time: one await per batch rather than per row of a file with millions. */
const BATCH = 1_000;

export function readSpendFile(path: string, format: SpendFileFormat): AsyncGenerator<FileRow[]> {
  return format === "csv" ? readCsv(path) : readXlsx(path);
}

async function* readCsv(path: string): AsyncGenerator<FileRow[]> {
  const encoding = await detectEncoding(path);
  const rows = new PassThrough({ objectMode: true, highWaterMark: BATCH });
  // iconv-lite strips a UTF-8 BOM; papaparse's Node stream emits one string[] per record.
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  // 1 MB reads: papaparse sets up its parser again for every chunk it is given.
  const done = pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), iconv.decodeStream(encoding === "utf8" ? "utf8" : "win1252"), parser, rows);
  let rowNumber = 0;
  try {
    // Waits for the next row, then takes what else is already parsed without waiting.
    for await (const first of rows) {
      const batch: FileRow[] = [{ rowNumber: ++rowNumber, cells: withoutByteOrderMarks(first as string[]) }];
      let record: string[] | null;
      while (batch.length < BATCH && (record = rows.read() as string[] | null) !== null) {
        batch.push({ rowNumber: ++rowNumber, cells: withoutByteOrderMarks(record) });
      }
      yield batch;
    }
  } finally {
    rows.destroy();
    await done.catch(() => undefined);
  }
}

/** A stray BOM at the start of a cell (a file concatenated from others) is not part of its text. */
function withoutByteOrderMarks(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.charCodeAt(0) === 0xfeff) cells[i] = cells[i]!.slice(1);
  }
  return cells;
}

async function* readXlsx(path: string): AsyncGenerator<FileRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const worksheet of reader) {
    let batch: FileRow[] = [];
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      batch.push({ rowNumber: row.number, cells });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return; // the first sheet is the data; others hold notes
  }
}

/** A spreadsheet cell as the text a CSV would have held. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const dd = String(value.getUTCDate()).padStart(2, "0");
    const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${value.getUTCFullYear()}`;
  }
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result);
    if (typeof v.text === "string") return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

// Spreadsheets store money as binary floats; a value that is two-decimal money within float noise
// (1234.5600000000001) is written as such, anything else keeps its digits and fails validation.
function numberText(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain) && !/\.\d{3,}$/.test(plain)) return plain;
  const fixed = n.toFixed(2);
  return Math.abs(Number(fixed) - n) < 1e-7 ? fixed : plain;
}
