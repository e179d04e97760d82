// Streams a spend file's rows as arrays of cell text, header first, with their row numbers in the
// file. CSV goes through iconv-lite and papaparse; XLSX through lib/imports/xlsx-reader.ts (first sheet,
// streamed, within the limits of xlsx-limits.ts).
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { detectEncoding } from "./file-encoding";
import { readXlsxRows } from "./xlsx-reader";

export { cellText } from "./cell-text";

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
  return format === "csv" ? readCsv(path) : readXlsxRows(path);
}

async function* readCsv(path: string): AsyncGenerator<FileRow[]> {
  const encoding = await detectEncoding(path);
  const rows = new PassThrough({ objectMode: true, highWaterMark: BATCH });
  // iconv-lite strips a UTF-8 BOM; papaparse's Node stream emits one string[] per record.
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  // 1 MB reads: papaparse sets up its parser again for every chunk it is given.
  const done = pipeline(
    createReadStream(path, { highWaterMark: 1 << 20 }),
    iconv.decodeStream(encoding === "utf8" ? "utf8" : "win1252"),
    parser,
    rows,
  );
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
