import { z } from "zod";
import { requireRole } from "@/lib/auth/caller";
import { AuditListParamsSchema } from "@/lib/audit/schema";
import { AUDIT_COLUMNS, auditExportSql } from "@/lib/exports/audit";
import { badExportRequest, exportResponse } from "@/lib/exports/respond";
import { ExportFormatSchema } from "@/lib/exports/schema";

export const dynamic = "force-dynamic";

/** GET /api/exports/audit?format=csv|xlsx&q=…&entityType=…&from=YYYY-MM-DD&to=… — the audit trail, with hashes. */
export async function GET(request: Request) {
  const caller = await requireRole("ADMIN", "AUDITOR");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = z.object({ format: ExportFormatSchema.default("csv") }).safeParse(query);
  if (!format.success) return badExportRequest(format.error);
  const params = AuditListParamsSchema.parse(query);
  return exportResponse({ caller, name: "audit-trail", format: format.data.format, sql: auditExportSql(caller, params), columns: AUDIT_COLUMNS, filters: { ...params, page: undefined } });
}
