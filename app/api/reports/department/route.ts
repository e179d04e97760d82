import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { toWebStream } from "@/lib/exports/to-web-stream";
import { badExportRequest } from "@/lib/exports/respond";
import { callerCoversDepartment } from "@/lib/exports/scope-sql";
import { renderDepartmentReport } from "@/lib/reports/pdf-report";
import { getDepartmentReport } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2025-04");
const ParamsSchema = z
  .object({ departmentId: z.string().regex(/^[a-z0-9]{10,40}$/i, "Choose a department (its id)"), from: Month, to: Month })
  .refine((p) => p.from <= p.to, { path: ["to"], message: "to must not be before from" });

/** GET /api/reports/department?departmentId=…&from=YYYY-MM&to=YYYY-MM — the department's PDF report. */
export async function GET(request: Request) {
  const caller = await requireRole("ADMIN", "AUDITOR", "COMMERCIAL_LEAD");
  const url = new URL(request.url);
  const parsed = ParamsSchema.safeParse({ ...Object.fromEntries(url.searchParams), departmentId: url.searchParams.get("departmentId") ?? caller.departmentId ?? undefined });
  if (!parsed.success) return badExportRequest(parsed.error);
  const { departmentId, from, to } = parsed.data;
  if (!callerCoversDepartment(caller, departmentId)) forbidden();
  const report = await getDepartmentReport(caller, departmentId, from, to);
  if (!report) notFound();
  await recordAudit(db, { actor: caller, action: "export.report", entityType: "Export", departmentId, after: { format: "pdf", filters: { departmentId, from, to } } });
  const pdf = renderDepartmentReport(report);
  return new Response(toWebStream(pdf as unknown as import("node:stream").Readable), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="partnerscope-report-${from}-to-${to}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
