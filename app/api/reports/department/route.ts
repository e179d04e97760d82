import type { Readable } from "node:stream";
import { forbidden, notFound } from "next/navigation";
import { requireCan } from "@/lib/access/caller";
import { toWebStream } from "@/lib/exports/to-web-stream";
import { attachment, badExportRequest, recordExport } from "@/lib/exports/respond";
import { ReportParamsSchema } from "@/lib/exports/schema";
import { coversDepartment } from "@/lib/access/departments";
import { renderDepartmentReport } from "@/lib/reports/pdf-report";
import { getDepartmentReport } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

/** GET /api/reports/department?departmentId=…&from=YYYY-MM&to=YYYY-MM — the department's PDF report (a lead's own by default). */
export async function GET(request: Request) {
  const caller = await requireCan("export");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = ReportParamsSchema.safeParse({
    ...query,
    departmentId: query.departmentId || caller.departmentId || undefined,
  });
  if (!parsed.success) return badExportRequest(parsed.error);
  const { departmentId, from, to } = parsed.data;
  if (!coversDepartment(caller, departmentId)) forbidden();
  const report = await getDepartmentReport(caller, departmentId, from, to);
  if (!report) notFound();
  const pdf = renderDepartmentReport(report);
  await recordExport(caller, "report", { format: "pdf", filters: { departmentId, from, to } }, departmentId);
  return new Response(toWebStream(pdf as unknown as Readable), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(`partnerscope-report-${from}-to-${to}.pdf`),
      "Cache-Control": "no-store",
    },
  });
}
