import { requireUser } from "@/lib/access/caller";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { REGISTER_COLUMNS, registerExportSql } from "@/lib/exports/register";
import { badExportRequest, exportResponse, today } from "@/lib/exports/respond";
import { RegisterExportParamsSchema } from "@/lib/exports/schema";

export const dynamic = "force-dynamic";

/**
 * The register as filtered on screen (same query string), as CSV streamed by PostgreSQL's COPY. Scoped to
 * the caller like the page; the query runs before the answer (and its audit event), so a failing query is
 * an error, not a broken file.
 */
export async function GET(request: Request) {
  const caller = await requireUser();
  const parsed = RegisterExportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const params = ContractListParamsSchema.parse({ ...parsed.data, page: 1 });
  return exportResponse({
    caller,
    name: "contracts",
    format: "csv",
    sql: registerExportSql(caller, params),
    columns: REGISTER_COLUMNS,
    filters: { ...params, page: undefined },
    departmentId: caller.departmentId ?? undefined,
    fileName: `contracts-${today()}.csv`,
  });
}
