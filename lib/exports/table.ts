import "server-only";
import ExcelJS from "exceljs";
import type { Caller } from "@/lib/access/caller";
import { csvResponse, toCsv, type CsvColumn } from "@/lib/csv";
import { attachment, recordExport, today } from "@/lib/exports/respond";

/** A column of a computed table: CSV through the one CSV writer, XLSX with a number format by kind. */
export type TableColumn<Row> = CsvColumn<Row>;

const FORMATS = { money: "£#,##0.00;-£#,##0.00", percent: "0.0%", integer: "#,##0", date: "dd/mm/yyyy" } as const;

async function xlsx<Row>(sheetName: string, columns: TableColumn<Row>[], rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: 20,
    style: c.kind && c.kind !== "text" ? { numFmt: FORMATS[c.kind] } : {},
  }));
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const value = c.value(row);
          if (value === null || value === undefined || value === "") return [c.header, null];
          if (c.kind === "date") return [c.header, new Date(`${String(value)}T00:00:00Z`)];
          return [c.header, c.kind && c.kind !== "text" ? Number(value) : String(value)];
        }),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A computed table (dozens to thousands of rows, already in memory) as CSV or XLSX, recorded in the
 * audit trail once the file is made. Large raw tables stream instead (lib/exports/respond.ts).
 */
export async function tableExportResponse<Row>(options: {
  caller: Caller;
  name: string;
  format: "csv" | "xlsx";
  columns: TableColumn<Row>[];
  rows: Row[];
  filters: Record<string, unknown>;
  departmentId?: string;
}) {
  const fileName = `partnerscope-${options.name}-${today()}.${options.format}`;
  const response =
    options.format === "csv"
      ? csvResponse(fileName, toCsv(options.columns, options.rows))
      : new Response(new Uint8Array(await xlsx(options.name, options.columns, options.rows)), {
          headers: {
            "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Content-Disposition": attachment(fileName),
            "Cache-Control": "no-store",
          },
        });
  await recordExport(
    options.caller,
    options.name,
    { format: options.format, filters: options.filters, rows: options.rows.length },
    options.departmentId,
  );
  return response;
}
