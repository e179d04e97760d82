import { forbidden } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { badExportRequest } from "@/lib/exports/respond";
import { callerCoversDepartment } from "@/lib/exports/scope-sql";
import { buildReleasePackage } from "@/lib/ocds/export";
import { listContractsForOcds } from "@/lib/ocds/export-queries";

export const dynamic = "force-dynamic";

const ParamsSchema = z.object({ departmentId: z.string().regex(/^[a-z0-9]{10,40}$/i, "Choose a department (its id)") });

/** GET /api/exports/ocds?departmentId=… — an OCDS 1.1 release package of the department's contracts. */
export async function GET(request: Request) {
  const caller = await requireRole("ADMIN", "AUDITOR", "COMMERCIAL_LEAD");
  const url = new URL(request.url);
  const parsed = ParamsSchema.safeParse({ departmentId: url.searchParams.get("departmentId") ?? caller.departmentId ?? undefined });
  if (!parsed.success) return badExportRequest(parsed.error);
  const { departmentId } = parsed.data;
  if (!callerCoversDepartment(caller, departmentId)) forbidden();
  const contracts = await listContractsForOcds(caller, departmentId);
  const releasePackage = buildReleasePackage(contracts, new Date(), url.toString());
  await recordAudit(db, { actor: caller, action: "export.ocds", entityType: "Export", departmentId, after: { format: "ocds-json", filters: { departmentId }, releases: contracts.length } });
  return new Response(JSON.stringify(releasePackage, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="partnerscope-ocds-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
