import { describe, expect, it } from "vitest";
import { csvStream, safeCell, toCsv } from "@/lib/csv";

const columns = [
  { header: "Supplier", value: (r: { name: string; amount: string }) => r.name },
  { header: "Amount (£)", value: (r: { name: string; amount: string }) => r.amount },
];
const rows = [
  { name: 'Smith, Jones & "Partners"', amount: "-1250.50" },
  { name: "=HYPERLINK(\"http://x\")", amount: "10" },
];

describe("csv", () => {
  it("writes UTF-8 with a BOM, CRLF rows and RFC 4180 quoting", () => {
    expect(toCsv(columns, rows)).toBe('\uFEFFSupplier,Amount (£)\r\n"Smith, Jones & ""Partners""",-1250.50\r\n"\'=HYPERLINK(""http://x"")",10\r\n');
  });

  it("neutralises formulas but leaves negative numbers alone", () => {
    expect(safeCell("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("-12.5")).toBe("-12.5");
    expect(safeCell(null)).toBe("");
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
