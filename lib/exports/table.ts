import "server-only";
import ExcelJS from "exceljs";
import { recordAudit } from "@/lib/audit/record";
import type { Caller } from "@/lib/auth/caller";
import { csvResponse, toCsv, type CsvColumn } from "@/lib/csv";
import { db } from "@/lib/db";

/** A column of a computed table: CSV through the one CSV writer, XLSX with a number format by kind. */
export type TableColumn<Row> = CsvColumn<Row> & { kind?: "money" | "percent" | "integer" | "date" };

const FORMATS = { money: "£#,##0.00;-£#,##0.00", percent: "0.0%", integer: "#,##0", date: "dd/mm/yyyy" } as const;

async function xlsx<Row>(sheetName: string, columns: TableColumn<Row>[], rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.header, width: 20, style: c.kind ? { numFmt: FORMATS[c.kind] } : {} }));
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const value = c.value(row);
          if (value === null || value === undefined || value === "") return [c.header, null];
          if (c.kind === "date") return [c.header, new Date(`${String(value)}T00:00:00Z`)];
          return [c.header, c.kind ? Number(value) : value];
        }),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A computed table (dozens to thousands of rows, already in memory) as CSV or XLSX, recorded in the
 * audit trail first. Large raw tables stream instead (lib/exports/respond.ts).
 */
export async function tableExportResponse<Row>(options: { caller: Caller; name: string; format: "csv" | "xlsx"; columns: TableColumn<Row>[]; rows: Row[]; filters: Record<string, unknown> }) {
  await recordAudit(db, { actor: options.caller, action: `export.${options.name}`, entityType: "Export", after: { format: options.format, filters: options.filters, rows: options.rows.length } });
  const stamp = new Date().toISOString().slice(0, 10);
  if (options.format === "csv") return csvResponse(`partnerscope-${options.name}-${stamp}.csv`, toCsv(options.columns, options.rows));
  return new Response(new Uint8Array(await xlsx(options.name, options.columns, options.rows)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="partnerscope-${options.name}-${stamp}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
