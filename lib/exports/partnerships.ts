// The partnerships table of the dashboard as a file: every SME member of every partnership in the view (the
// screen pages them), its pledge against what reached it, streamed from the stored judgement in the screen's order.
import { Prisma } from "@prisma/client";
import type { Caller } from "@/lib/access/caller";
import { selectList, type ExportColumn } from "@/lib/exports/columns";
import { scopeFor } from "@/lib/insight/dashboard-scope";
import type { InsightFilters } from "@/lib/insight/schema";
import { deliveryWhere } from "@/lib/insight/sql-spend";

// Shares as fractions, as pledgedVsDelivered (lib/insight/pledged.ts) gives them: delivered to 4 places.
export const PARTNERSHIP_COLUMNS: ExportColumn[] = [
  { header: "Contract", sql: `c.title`, width: 40 },
  { header: "Reference", sql: `c.reference`, width: 16 },
  { header: "Department", sql: `d.name`, width: 30 },
  { header: "Lead partner", sql: `lead."legalName"`, width: 30 },
  { header: "Member", sql: `sup."legalName"`, width: 30 },
  { header: "Pledged share", sql: `trim_scale(r."pledgedSharePercent" / 100)`, kind: "percent", width: 12 },
  {
    header: "Delivered share",
    sql: `trim_scale(round(CASE WHEN r."contractSpend" > 0 THEN r.received / r."contractSpend" ELSE 0 END, 4))`,
    kind: "percent",
    width: 12,
  },
  { header: "Received", sql: `r.received`, kind: "money", width: 14 },
  { header: "Much less than pledged", sql: `CASE WHEN r.tokenism THEN 'Yes' ELSE 'No' END`, width: 12 },
];

/** Partnerships with tokenism first, then by the worst shortfall; within one, the largest shortfall first. */
export function partnershipsExportSql(caller: Caller, filters: InsightFilters, format: "csv" | "xlsx"): Prisma.Sql {
  return Prisma.sql`SELECT
  ${Prisma.raw(selectList(PARTNERSHIP_COLUMNS, format))}
FROM "PartnershipDelivery" r
JOIN "Contract" c ON c.id = r."contractId"
JOIN "Department" d ON d.id = r."departmentId"
JOIN "Supplier" lead ON lead.id = r."leadPartnerId"
JOIN "Supplier" sup ON sup.id = r."supplierId"
WHERE ${deliveryWhere(scopeFor(caller, filters))}
ORDER BY r."anyTokenism" DESC, r."worstShortfall" DESC, r."contractId", r.shortfall DESC, r."supplierId"`;
}
