// The product's one CSV writer: UTF-8 with a byte-order mark (so Excel reads £ and accents), CRLF rows,
// RFC 4180 quoting by csv-stringify, and formula-looking text neutralised (CSV injection).
import { stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";

/**
 * What a column holds. Only text is neutralised: money, counts, shares and dates are written as they are,
 * so a negative amount stays a number a spreadsheet can sum.
 */
export type CellKind = "text" | "money" | "integer" | "percent" | "date";
export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  kind?: CellKind;
};

/** The one rule: text that starts with one of these is read by spreadsheets as a formula (OWASP). */
export const FORMULA_START = ["=", "+", "-", "@", "\t", "\r"] as const;
const FORMULA_START_SET = new Set<string>(FORMULA_START);

const BOM = "\uFEFF";

/** A cell as written: text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function safeCell(value: string | number | null | undefined, kind: CellKind = "text"): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return kind === "text" && FORMULA_START_SET.has(text.charAt(0)) ? `'${text}` : text;
}

const sqlCharacter = (c: string) => (c.charCodeAt(0) < 32 ? `chr(${c.charCodeAt(0)})` : `'${c.replaceAll("'", "''")}'`);
const SQL_FORMULA_START = FORMULA_START.map(sqlCharacter).join(", ");

/**
 * The same rule as safeCell for a text column of a query streamed by COPY: a SQL expression built from
 * FORMULA_START, so the CSV that PostgreSQL writes is neutralised exactly as the in-process writer's.
 */
export function safeCellSql(expression: string): string {
  return `CASE WHEN left(${expression}, 1) IN (${SQL_FORMULA_START}) THEN '''' || ${expression} ELSE ${expression} END`;
}

const record = <Row>(columns: CsvColumn<Row>[], row: Row) => columns.map((c) => safeCell(c.value(row), c.kind));
const options = { bom: false, record_delimiter: "windows" } as const;

/** A whole CSV in memory: for small files and tests. */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Iterable<Row>): string {
  return BOM + stringifySync([columns.map((c) => c.header), ...Array.from(rows, (r) => record(columns, r))], options);
}

/** A CSV streamed from rows fetched in batches, so a large register never sits in memory at once. */
export function csvStream<Row>(columns: CsvColumn<Row>[], rows: AsyncIterable<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const stringifier = stringify(options);
      stringifier.on("data", (chunk: Buffer | string) =>
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : new Uint8Array(chunk)),
      );
      const done = new Promise<void>((resolve, reject) => {
        stringifier.on("end", resolve);
        stringifier.on("error", reject);
      });
      try {
        controller.enqueue(encoder.encode(BOM));
        stringifier.write(columns.map((c) => c.header));
        for await (const row of rows) stringifier.write(record(columns, row));
        stringifier.end();
        await done;
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

/** An attachment download; the file name is ASCII-only so every browser keeps it. */
export function csvResponse(fileName: string, body: ReadableStream<Uint8Array> | string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
