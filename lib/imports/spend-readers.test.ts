import { describe, expect, it } from "vitest";
import { detectEncodingOf } from "./file-encoding";
import { copyLine } from "./copy-text";
import { cellText, formatOfFileName } from "./spend-readers";

describe("detectEncodingOf", () => {
  it("reads valid UTF-8 (with or without a BOM) as UTF-8", () => {
    expect(detectEncodingOf(Buffer.from("Amount,£25,000", "utf8"))).toBe("utf8");
    expect(detectEncodingOf(Buffer.from("\uFEFFSupplier,Café", "utf8"))).toBe("utf8");
  });
  it("reads anything else as Windows-1252, where £ is the single byte 0xA3", () => {
    expect(detectEncodingOf(Buffer.from([0x41, 0x2c, 0xa3, 0x31]))).toBe("win1252");
  });
});

describe("cellText", () => {
  it("writes spreadsheet dates as DD/MM/YYYY and money without float noise", () => {
    expect(cellText(new Date(Date.UTC(2024, 3, 5)))).toBe("05/04/2024");
    expect(cellText(26000.5)).toBe("26000.5");
    expect(cellText(1234.5600000000001)).toBe("1234.56");
    expect(cellText(0.1 + 0.2)).toBe("0.30");
    expect(cellText(1.2345)).toBe("1.2345");
  });
  it("unwraps rich text, formulas and hyperlinks", () => {
    expect(cellText({ richText: [{ text: "Acme " }, { text: "Ltd" }] })).toBe("Acme Ltd");
    expect(cellText({ formula: "A1*2", result: 50000 })).toBe("50000");
    expect(cellText({ text: "Acme", hyperlink: "https://acme.example" })).toBe("Acme");
    expect(cellText(null)).toBe("");
  });
});

describe("formatOfFileName", () => {
  it("knows CSV and XLSX by extension, whatever the case", () => {
    expect(formatOfFileName("Spend_April.CSV")).toBe("csv");
    expect(formatOfFileName("spend.xlsx")).toBe("xlsx");
    expect(formatOfFileName("spend.xls")).toBeNull();
  });
});

describe("copyLine", () => {
  it("escapes COPY's special characters and writes nulls as \\N", () => {
    expect(copyLine(["a\tb", "back\\slash", "two\nlines", null, 3])).toBe(
      "a\\tb\tback\\\\slash\ttwo\\nlines\t\\N\t3\n",
    );
  });
});
