import "server-only";
import type { Caller } from "@/lib/access/caller";
import type { TableColumn } from "@/lib/exports/table";
import { KPI_COLUMNS, kpisExportSql } from "@/lib/exports/kpis";
import { LOCK_IN_COLUMNS, lockInExportSql } from "@/lib/exports/lock-in";
import { PARTNERSHIP_COLUMNS, partnershipsExportSql } from "@/lib/exports/partnerships";
import { getSpendDashboard } from "@/lib/insight/queries";
import type { InsightFilters } from "@/lib/insight/schema";

// The dashboards' tables as files, each from the same statements as the screen it mirrors: the SME share summary
// (dozens of rows) in memory; lock-in, KPIs and partnerships, a row per contract or member, streamed from SQL.
type Table<Row> = { columns: TableColumn<Row>[]; rows: (caller: Caller, filters: InsightFilters) => Promise<Row[]> };

const smeShare: Table<Awaited<ReturnType<typeof getSpendDashboard>>["smeYears"][number]> = {
  rows: async (_caller, filters) => (await getSpendDashboard(filters)).smeYears,
  columns: [
    { header: "Department", value: (r) => r.departmentName },
    { header: "Financial year ending March", value: (r) => r.financialYearEnd, kind: "integer" },
    { header: "Direct spend", value: (r) => r.directTotal.toFixed(2), kind: "money" },
    { header: "Direct spend to SMEs", value: (r) => r.directSme.toFixed(2), kind: "money" },
    { header: "Indirect spend to SMEs", value: (r) => r.indirectSme.toFixed(2), kind: "money" },
    { header: "Direct SME share", value: (r) => r.share.direct.toDecimalPlaces(4).toString(), kind: "percent" },
    { header: "Indirect SME share", value: (r) => r.share.indirect.toDecimalPlaces(4).toString(), kind: "percent" },
    { header: "Total SME share", value: (r) => r.share.total.toDecimalPlaces(4).toString(), kind: "percent" },
    {
      header: "Direct target",
      value: (r) => (r.directTarget ? r.directTarget.div(100).toString() : null),
      kind: "percent",
    },
    {
      header: "Indirect target",
      value: (r) => (r.indirectTarget ? r.indirectTarget.div(100).toString() : null),
      kind: "percent",
    },
  ],
};

export const INSIGHT_TABLES = { "sme-share": smeShare } as const;
export type InsightTableName = keyof typeof INSIGHT_TABLES;

/** The tables of one row per contract or member: streamed from SQL, like the spend export. */
export const STREAMED_INSIGHT_TABLES = {
  "lock-in": { columns: LOCK_IN_COLUMNS, sql: lockInExportSql },
  kpis: { columns: KPI_COLUMNS, sql: kpisExportSql },
  partnerships: { columns: PARTNERSHIP_COLUMNS, sql: partnershipsExportSql },
} as const;
export type StreamedInsightTableName = keyof typeof STREAMED_INSIGHT_TABLES;
