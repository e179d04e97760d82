import { statSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { emptyRowsBomb, sharedStringsBomb, sheetWith } from "@/tests/fixtures/xlsx-bombs";
import { readXlsxRows } from "./xlsx-reader";
import { isDateFormat, xlsxDateCell } from "./xlsx-dates";

async function allRows(file: string) {
  const rows = [];
  for await (const batch of readXlsxRows(file)) rows.push(...batch);
  return rows;
}

const refusal = (file: string) =>
  allRows(file).then(
    () => null,
    (e: Error) => e.message,
  );

describe("readXlsxRows", () => {
  it("reads the first sheet as a spreadsheet program saves it: shared and inline strings, dates, money, rich text, formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Spend");
    sheet.addRow(["Payment Date", "Supplier", "Amount", "Note"]);
    sheet.addRow([
      new Date(Date.UTC(2024, 5, 3)),
      "Acme Ltd",
      26_000.5,
      { richText: [{ text: "Rich " }, { text: "text" }] },
    ]);
    sheet.addRow([new Date(Date.UTC(2024, 5, 4)), "Acme Ltd", -1_000.25, { formula: "1+1", result: 2 }]);
    sheet.getCell("D4").value = "only D";
    sheet.getColumn(1).numFmt = "dd/mm/yyyy";
    workbook.addWorksheet("Notes").addRow(["not read"]);
    const file = `${process.env.TMPDIR ?? "/tmp"}/reader-${Date.now()}.xlsx`;
    await workbook.xlsx.writeFile(file);
    expect(await allRows(file)).toEqual([
      { rowNumber: 1, cells: ["Payment Date", "Supplier", "Amount", "Note"] },
      { rowNumber: 2, cells: ["03/06/2024", "Acme Ltd", "26000.5", "Rich text"] },
      { rowNumber: 3, cells: ["04/06/2024", "Acme Ltd", "-1000.25", "2"] },
      { rowNumber: 4, cells: ["", "", "", "only D"] },
    ]);
  });

  it("refuses 300 million shared strings (a 3.6 GB part in a few MB) at the decompressed size limit, before inflating it", async () => {
    const file = sharedStringsBomb();
    expect(statSync(file).size).toBeLessThan(20 * 1024 * 1024);
    expect(await refusal(file)).toBe(
      "The workbook's xl/sharedStrings.xml unpacks to more than 512 MB (the limit on an XLSX part's decompressed size)",
    );
  });

  it("refuses more shared strings than the limit, counted as they stream", async () => {
    expect(await refusal(sharedStringsBomb(2_100_000))).toBe(
      "The workbook holds more than 2,000,000 shared strings (the XLSX shared strings limit)",
    );
  });

  it("refuses a million rows of empty cells at the row limit", async () => {
    expect(await refusal(emptyRowsBomb())).toBe(
      "The sheet has more than 500,000 rows (the XLSX row limit): save it as CSV, or split it",
    );
  });

  it("refuses a value beyond the column limit and a cell over Excel's length limit", async () => {
    expect(await refusal(sheetWith(`<row r="2"><c r="ZZ2" t="inlineStr"><is><t>far</t></is></c></row>`))).toBe(
      "Row 2 has a value beyond column 256 (the XLSX column limit)",
    );
    expect(
      await refusal(sheetWith(`<row r="2"><c r="B2" t="inlineStr"><is><t>${"x".repeat(32_768)}</t></is></c></row>`)),
    ).toBe("The cell in row 2, column 2, holds more than 32,767 characters (the limit on an XLSX cell's length)");
  });
});

describe("XLSX dates", () => {
  it("turns serial days into the calendar day, in both date systems", () => {
    expect(xlsxDateCell(45446, false).toISOString()).toBe("2024-06-03T00:00:00.000Z");
    expect(xlsxDateCell(45446 - 1462, true).toISOString()).toBe("2024-06-03T00:00:00.000Z");
  });
  it("knows date formats from number formats", () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(164, "dd/mm/yyyy")).toBe(true);
    expect(isDateFormat(165, '#,##0.00 "days"')).toBe(false);
    expect(isDateFormat(2, "0.00")).toBe(false);
  });
});
