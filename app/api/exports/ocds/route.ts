import { forbidden } from "next/navigation";
import { requireCan } from "@/lib/access/caller";
import { afterFirstChunk } from "@/lib/exports/first-chunk";
import { attachment, badExportRequest, recordExport, today } from "@/lib/exports/respond";
import { OcdsExportParamsSchema } from "@/lib/exports/schema";
import { coversDepartment } from "@/lib/access/departments";
import { releasePackageStream } from "@/lib/ocds/export-stream";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/ocds?departmentId=… — an OCDS 1.1 release package, streamed: one department's
 * contracts, or with no departmentId every department the caller may see (a lead: their own).
 */
export async function GET(request: Request) {
  const caller = await requireCan("export");
  const url = new URL(request.url);
  const parsed = OcdsExportParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const { departmentId } = parsed.data;
  if (departmentId && !coversDepartment(caller, departmentId)) forbidden();
  // The first batch is read before answering, so a failing query is an error, not a broken file.
  const body = await afterFirstChunk(releasePackageStream(caller, departmentId, url.toString()));
  await recordExport(
    caller,
    "ocds",
    { format: "ocds-json", filters: { departmentId: departmentId ?? "all in scope" } },
    departmentId,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(`partnerscope-ocds-${departmentId ? "department" : "all"}-${today()}.json`),
      "Cache-Control": "no-store, no-transform",
    },
  });
}
