import { requireCan } from "@/lib/access/caller";
import { AUDIT_COLUMNS, auditExportSql } from "@/lib/exports/audit";
import { badExportRequest, exportResponse } from "@/lib/exports/respond";
import { AuditExportParamsSchema } from "@/lib/exports/schema";

export const dynamic = "force-dynamic";

/** GET /api/exports/audit?format=csv|xlsx&q=…&entityType=…&from=YYYY-MM-DD&to=… — the audit trail, with hashes. */
export async function GET(request: Request) {
  const caller = await requireCan("readAudit");
  const parsed = AuditExportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const params = parsed.data;
  return exportResponse({
    caller,
    name: "audit-trail",
    format: params.format,
    sql: auditExportSql(caller, params),
    columns: AUDIT_COLUMNS,
    filters: params,
  });
}
