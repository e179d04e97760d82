import { forbidden, notFound } from "next/navigation";
import { requireCan } from "@/lib/access/caller";
import {
  INSIGHT_TABLES,
  STREAMED_INSIGHT_TABLES,
  type InsightTableName,
  type StreamedInsightTableName,
} from "@/lib/exports/insight-tables";
import { badExportRequest, exportResponse } from "@/lib/exports/respond";
import { InsightExportParamsSchema } from "@/lib/exports/schema";
import { coversDepartment } from "@/lib/access/departments";
import { tableExportResponse, type TableColumn } from "@/lib/exports/table";
import type { InsightFilters } from "@/lib/insight/schema";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/insight/{sme-share|lock-in|kpis|partnerships}?format=csv|xlsx&from=YYYY-MM&to=…&department=…
 * The dashboards' tables with the dashboards' filters, checked strictly (400), and a department outside
 * the caller's scope refused (403) rather than answered with an empty file. The SME share summary is computed in
 * memory (dozens of rows); lock-in, KPIs and partnerships, a row per contract or member, stream whole.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const caller = await requireCan("export");
  const { table } = await params;
  if (!Object.hasOwn(INSIGHT_TABLES, table) && !Object.hasOwn(STREAMED_INSIGHT_TABLES, table)) notFound();
  const parsed = InsightExportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const { format, ...filters } = parsed.data;
  if (filters.department && !coversDepartment(caller, filters.department)) forbidden();
  const common = { caller, name: table, format, filters, departmentId: filters.department };
  if (Object.hasOwn(STREAMED_INSIGHT_TABLES, table)) {
    const { columns, sql } = STREAMED_INSIGHT_TABLES[table as StreamedInsightTableName];
    return exportResponse({ ...common, columns, sql: sql(caller, filters, format) });
  }
  const definition = INSIGHT_TABLES[table as InsightTableName] as {
    columns: TableColumn<unknown>[];
    rows: (c: typeof caller, f: InsightFilters) => Promise<unknown[]>;
  };
  return tableExportResponse({ ...common, columns: definition.columns, rows: await definition.rows(caller, filters) });
}
