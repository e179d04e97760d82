import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/caller";
import { INSIGHT_TABLES, type InsightTableName } from "@/lib/exports/insight-tables";
import { badExportRequest } from "@/lib/exports/respond";
import { ExportFormatSchema } from "@/lib/exports/schema";
import { tableExportResponse, type TableColumn } from "@/lib/exports/table";
import { InsightFiltersSchema } from "@/lib/insight/schema";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/insight/{sme-share|lock-in|kpis|partnerships}?format=csv|xlsx&from=YYYY-MM&to=…&department=…
 * The dashboards' tables with the dashboards' filters.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const caller = await requireRole("ADMIN", "AUDITOR", "COMMERCIAL_LEAD");
  const { table } = await params;
  if (!(table in INSIGHT_TABLES)) notFound();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = z.object({ format: ExportFormatSchema.default("csv") }).safeParse(query);
  if (!format.success) return badExportRequest(format.error);
  const filters = InsightFiltersSchema.parse(query);
  const definition = INSIGHT_TABLES[table as InsightTableName] as { columns: TableColumn<unknown>[]; rows: (c: typeof caller, f: typeof filters) => Promise<unknown[]> };
  const rows = await definition.rows(caller, filters);
  return tableExportResponse({ caller, name: table, format: format.data.format, columns: definition.columns, rows, filters });
}
