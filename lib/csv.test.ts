import { describe, expect, it } from "vitest";
import { csvStream, FORMULA_START, safeCell, safeCellSql, toCsv, type CsvColumn } from "@/lib/csv";

type Row = { name: string; amount: string };
const columns: CsvColumn<Row>[] = [
  { header: "Supplier", value: (r) => r.name },
  { header: "Amount (£)", value: (r) => r.amount, kind: "money" },
];
const rows = [
  { name: 'Smith, Jones & "Partners"', amount: "-1250.50" },
  { name: '=HYPERLINK("http://x")', amount: "10" },
];

describe("csv", () => {
  it("writes UTF-8 with a BOM, CRLF rows and RFC 4180 quoting", () => {
    expect(toCsv(columns, rows)).toBe(
      '\uFEFFSupplier,Amount (£)\r\n"Smith, Jones & ""Partners""",-1250.50\r\n"\'=HYPERLINK(""http://x"")",10\r\n',
    );
  });

  it("neutralises every formula start in text columns, and leaves numeric columns alone", () => {
    for (const start of FORMULA_START) expect(safeCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(safeCell("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(safeCell("-12.5")).toBe("'-12.5");
    expect(safeCell("-12.50", "money")).toBe("-12.50");
    expect(safeCell(-3, "integer")).toBe("-3");
    expect(safeCell("Plain = fine")).toBe("Plain = fine");
    expect(safeCell(null)).toBe("");
  });

  it("builds the SQL form of the rule from the same characters", () => {
    const sql = safeCellSql("x");
    expect(sql).toBe("CASE WHEN left(x, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || x ELSE x END");
  });

  it("streams the same bytes it would write in memory", async () => {
    async function* source() {
      yield* rows;
    }
    // Bytes, not Response.text(): that would strip the BOM we are checking for.
    const bytes = Buffer.from(await new Response(csvStream(columns, source())).arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString("utf8")).toBe(toCsv(columns, rows));
  });
});
