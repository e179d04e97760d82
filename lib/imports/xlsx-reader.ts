// The first sheet of an XLSX as rows of cell text, streamed: workbook -> first sheet's part, styles
// (which cells are dates), shared strings (counted against their limit as they stream), then the sheet,
// row by row, each row checked against the row, column and cell-length limits.
import path from "node:path/posix";
import { cellText } from "./cell-text";
import type { FileRow } from "./spend-readers";
import { isDateFormat, xlsxDateCell } from "./xlsx-dates";
import { XLSX_LIMITS, XlsxLimitError, formatLimit } from "./xlsx-limits";
import { openXlsx, parseSmallPart, partText, xmlParser, type XlsxZip } from "./xlsx-zip";

const BATCH = 1_000;

type Workbook = { sheetPart: string; date1904: boolean };

async function firstSheet(zip: XlsxZip): Promise<Workbook> {
  let firstId: string | undefined;
  let date1904 = false;
  await parseSmallPart(zip, "xl/workbook.xml", {
    open(name, a) {
      if (name === "sheet" && firstId === undefined)
        firstId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });
  let target: string | undefined;
  await parseSmallPart(zip, "xl/_rels/workbook.xml.rels", {
    open(name, a) {
      if (name === "Relationship" && a.Id === firstId) target = a.Target;
    },
  });
  if (!target) throw new Error("the workbook has no sheet");
  const sheetPart = target.startsWith("/") ? target.slice(1) : path.normalize(path.join("xl", target));
  return { sheetPart, date1904 };
}

/** For each cell style index: whether it shows a date. */
async function dateStyles(zip: XlsxZip): Promise<boolean[]> {
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const formats: number[] = [];
  await parseSmallPart(zip, "xl/styles.xml", {
    open(name, a) {
      if (name === "numFmt") codes.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of formats) styles.push(isDateFormat(id, codes.get(id)));
  return styles;
}

const tooLong = (where: string) =>
  new XlsxLimitError(
    `${where} holds more than ${formatLimit(XLSX_LIMITS.cellCharacters)} characters (the limit on an XLSX cell's length)`,
  );

async function sharedStrings(zip: XlsxZip): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  let length = 0;
  const parser = xmlParser({
    open(name) {
      if (name === "si") {
        if (strings.length >= XLSX_LIMITS.sharedStrings)
          throw new XlsxLimitError(
            `The workbook holds more than ${formatLimit(XLSX_LIMITS.sharedStrings)} shared strings (the XLSX shared strings limit)`,
          );
        current = [];
        length = 0;
      } else if (name === "rPh") phonetic += 1;
      else if (name === "t") inText = true;
    },
    close(name) {
      if (name === "si" && current) {
        strings.push(current.join(""));
        current = null;
      } else if (name === "rPh") phonetic -= 1;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (!current || !inText || phonetic > 0) return;
      length += text.length;
      if (length > XLSX_LIMITS.cellCharacters) throw tooLong(`Shared string ${formatLimit(strings.length + 1)}`);
      current.push(text);
    },
  });
  for await (const text of partText(zip, "xl/sharedStrings.xml")) parser.write(text);
  parser.close();
  return strings;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export async function* readXlsxRows(file: string): AsyncGenerator<FileRow[]> {
  const zip = await openXlsx(file);
  try {
    const { sheetPart, date1904 } = await firstSheet(zip);
    const dates = await dateStyles(zip);
    const strings = await sharedStrings(zip);
    yield* sheetRows(zip, sheetPart, { dates, strings, date1904 });
  } finally {
    zip.file.close();
  }
}

type Context = { dates: boolean[]; strings: string[]; date1904: boolean };

async function* sheetRows(
  zip: XlsxZip,
  part: string,
  { dates, strings, date1904 }: Context,
): AsyncGenerator<FileRow[]> {
  let ready: FileRow[] = [];
  let rows = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let cell: { type: string; style: number; text: string; inValue: boolean } | null = null;
  const value = (c: NonNullable<typeof cell>): string => {
    switch (c.type) {
      case "s":
        return strings[Number(c.text)] ?? "";
      case "b":
        return c.text === "1" || c.text === "true" ? "true" : "false";
      case "str":
      case "inlineStr":
      case "e":
        return c.text;
      case "d":
        return c.text ? cellText(new Date(c.text)) : "";
      default: {
        if (c.text === "") return "";
        const n = Number(c.text);
        return dates[c.style] && Number.isFinite(n) ? cellText(xlsxDateCell(n, date1904)) : cellText(n);
      }
    }
  };
  const parser = xmlParser({
    open(name, a) {
      if (name === "row") {
        rows += 1;
        if (rows > XLSX_LIMITS.rows)
          throw new XlsxLimitError(
            `The sheet has more than ${formatLimit(XLSX_LIMITS.rows)} rows (the XLSX row limit): save it as CSV, or split it`,
          );
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        cells = [];
        column = -1;
      } else if (name === "c") {
        column = a.r ? columnOf(a.r) : column + 1;
        cell = { type: a.t ?? "n", style: Number(a.s ?? 0), text: "", inValue: false };
      } else if (cell && (name === "v" || name === "t")) cell.inValue = true;
    },
    close(name) {
      if (name === "c" && cell) {
        const text = value(cell);
        if (text !== "") {
          if (column >= XLSX_LIMITS.columns)
            throw new XlsxLimitError(
              `Row ${rowNumber} has a value beyond column ${formatLimit(XLSX_LIMITS.columns)} (the XLSX column limit)`,
            );
          while (cells.length < column) cells.push("");
          cells[column] = text;
        }
        cell = null;
      } else if (cell && (name === "v" || name === "t")) cell.inValue = false;
      else if (name === "row") ready.push({ rowNumber, cells });
    },
    text(text) {
      if (!cell?.inValue) return;
      cell.text += text;
      if (cell.text.length > XLSX_LIMITS.cellCharacters)
        throw tooLong(`The cell in row ${rowNumber}, column ${column + 1},`);
    },
  });
  for await (const text of partText(zip, part)) {
    parser.write(text);
    while (ready.length >= BATCH) yield ready.splice(0, BATCH);
  }
  parser.close();
  if (ready.length > 0) yield ready;
  ready = [];
}
