import { forbidden, notFound } from "next/navigation";
import { requireCan } from "@/lib/access/caller";
import { INSIGHT_TABLES, type InsightTableName } from "@/lib/exports/insight-tables";
import { LOCK_IN_COLUMNS, lockInExportSql } from "@/lib/exports/lock-in";
import { badExportRequest, exportResponse } from "@/lib/exports/respond";
import { InsightExportParamsSchema } from "@/lib/exports/schema";
import { coversDepartment } from "@/lib/access/departments";
import { tableExportResponse, type TableColumn } from "@/lib/exports/table";
import type { InsightFilters } from "@/lib/insight/schema";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/insight/{sme-share|lock-in|kpis|partnerships}?format=csv|xlsx&from=YYYY-MM&to=…&department=…
 * The dashboards' tables with the dashboards' filters, checked strictly (400), and a department outside
 * the caller's scope refused (403) rather than answered with an empty file. The summary tables are computed in
 * memory (dozens to hundreds of rows); the lock-in table, one row per scored contract, streams.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const caller = await requireCan("export");
  const { table } = await params;
  if (!(table in INSIGHT_TABLES) && table !== "lock-in") notFound();
  const parsed = InsightExportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const { format, ...filters } = parsed.data;
  if (filters.department && !coversDepartment(caller, filters.department)) forbidden();
  // Every scored contract in scope: streamed from SQL, like the spend export.
  if (table === "lock-in")
    return exportResponse({
      caller,
      name: table,
      format,
      sql: lockInExportSql(caller, filters, format),
      columns: LOCK_IN_COLUMNS,
      filters,
      departmentId: filters.department,
    });
  const definition = INSIGHT_TABLES[table as InsightTableName] as {
    columns: TableColumn<unknown>[];
    rows: (c: typeof caller, f: InsightFilters) => Promise<unknown[]>;
  };
  const rows = await definition.rows(caller, filters);
  return tableExportResponse({
    caller,
    name: table,
    format,
    columns: definition.columns,
    rows,
    filters,
    departmentId: filters.department,
  });
}
