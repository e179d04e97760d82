import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { contentProblem, LEGACY_WORKBOOK } from "@/lib/imports/file-type";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

const CSV =
  "Department Family,Entity,Date,Expense Type,Expense Area,Supplier,Transaction Number,Amount\r\nHMT,HMT,01/04/2024,IT,Digital,Capita,1,£25\u00a0000.00\r\n";
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = bytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj");
const ZIP = bytes("PK", [3, 4, 20, 0, 0, 0, 8, 0], "readme.txt");
const PNG = bytes([0x89], "PNG\r\n\x1a\n", [0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
const GZIP = bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);

async function xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Spend").addRow(["Date", "Supplier", "Amount"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("contentProblem", () => {
  it("accepts what each kind of file really is", async () => {
    expect(contentProblem(bytes(CSV), "csv")).toBeNull();
    expect(contentProblem(bytes([0xef, 0xbb, 0xbf], CSV), "csv")).toBeNull();
    expect(contentProblem(bytes("PKS Ltd,Entity\r\n"), "csv")).toBeNull(); // "PK" text is not a ZIP
    expect(contentProblem(await xlsx(), "xlsx")).toBeNull();
    expect(contentProblem(bytes('{"uri":"x","releases":[]}'), "ocds")).toBeNull();
    expect(contentProblem(bytes([0xef, 0xbb, 0xbf], ' \r\n\t{"releases":[]}'), "ocds")).toBeNull();
  });

  it("refuses an empty file whatever it is named", () => {
    for (const kind of ["csv", "xlsx", "ocds"] as const)
      expect(contentProblem(new Uint8Array(), kind)).toBe("This file is empty");
  });

  it("refuses an .xlsx that is really text, a PDF or an image", () => {
    expect(contentProblem(bytes(CSV), "xlsx")).toMatch(
      /^This is text \(perhaps CSV\), not an Excel \.xlsx workbook; if it is CSV, name it \.csv/,
    );
    expect(contentProblem(PDF, "xlsx")).toBe("This is a PDF document, not an Excel .xlsx workbook");
    expect(contentProblem(PNG, "xlsx")).toBe("This is a PNG image, not an Excel .xlsx workbook");
    expect(contentProblem(bytes("<html><table><tr><td>Date</td>"), "xlsx")).toMatch(
      /^This is a web page or XML document/,
    );
    expect(contentProblem(bytes([0x00, 0x01, 0x02, 0x03]), "xlsx")).toBe(
      "This is a binary file, not an Excel .xlsx workbook",
    );
  });

  it("tells the user to save a legacy .xls as .xlsx or CSV, and a password-protected workbook to lose its password", () => {
    const legacy = bytes(OLE2, new Array(504).fill(0), "Workbook");
    expect(contentProblem(legacy, "xlsx")).toBe(LEGACY_WORKBOOK);
    expect(contentProblem(legacy, "csv")).toBe(LEGACY_WORKBOOK);
    expect(LEGACY_WORKBOOK).toMatch(/Excel 97-2003 \.xls workbook; save it as \.xlsx or CSV/);
    const encrypted = bytes(OLE2, new Array(504).fill(0), "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");
    expect(contentProblem(encrypted, "xlsx")).toMatch(/^This workbook is protected with a password/);
  });

  it("refuses a .csv that is a workbook, an archive, a PDF, an image or other binary", async () => {
    expect(contentProblem(await xlsx(), "csv")).toMatch(
      /^This is an Excel \.xlsx workbook, not CSV text; upload it with its \.xlsx name/,
    );
    expect(contentProblem(ZIP, "csv")).toBe("This is a ZIP archive, not CSV text");
    expect(contentProblem(PDF, "csv")).toBe("This is a PDF document, not CSV text");
    expect(contentProblem(GZIP, "csv")).toBe("This is a gzip-compressed file (decompress it first), not CSV text");
    expect(contentProblem(PNG, "csv")).toBe("This is a PNG image, not CSV text");
    expect(contentProblem(JPEG, "csv")).toBe("This is a JPEG image, not CSV text");
    // NUL anywhere in the first bytes: not text, whatever it starts with.
    expect(contentProblem(bytes("Date,Supplier\r\n", [0, 0, 7]), "csv")).toBe("This is a binary file, not CSV text");
    expect(contentProblem(bytes([0xff, 0xfe], "D\0a\0t\0e\0"), "csv")).toMatch(/^This is UTF-16 text/);
  });

  it("refuses an OCDS package that is not a JSON object", () => {
    expect(contentProblem(bytes(CSV), "ocds")).toBe(
      "This is not JSON; a release package is a JSON object, starting with {",
    );
    expect(contentProblem(bytes("[{}]"), "ocds")).toMatch(/^This is a JSON list, not a release package/);
    expect(contentProblem(bytes(" \r\n "), "ocds")).toBe("This file has nothing in it but spaces");
    expect(contentProblem(bytes('<?xml version="1.0"?>'), "ocds")).toMatch(
      /^This is a web page or XML document, not a JSON release package/,
    );
    expect(contentProblem(ZIP, "ocds")).toBe("This is a ZIP archive, not a JSON release package");
    expect(contentProblem(PDF, "ocds")).toBe("This is a PDF document, not a JSON release package");
  });
});
