import { forbidden } from "next/navigation";
import { requireCan } from "@/lib/access/caller";
import { badExportRequest, exportResponse } from "@/lib/exports/respond";
import { SpendExportParamsSchema } from "@/lib/exports/schema";
import { coversDepartment } from "@/lib/access/departments";
import { SPEND_COLUMNS, spendExportSql } from "@/lib/exports/spend";

export const dynamic = "force-dynamic";

/** GET /api/exports/spend?format=csv|xlsx&kind=all|DIRECT|INDIRECT&from=YYYY-MM-DD&to=…&departmentId=…&supplierId=… */
export async function GET(request: Request) {
  const caller = await requireCan("export");
  const parsed = SpendExportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const params = parsed.data;
  if (params.departmentId && !coversDepartment(caller, params.departmentId)) forbidden();
  return exportResponse({
    caller,
    name: "spend",
    format: params.format,
    sql: spendExportSql(caller, params),
    columns: SPEND_COLUMNS,
    filters: params,
    departmentId: params.departmentId,
  });
}
