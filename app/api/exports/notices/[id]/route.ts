import { notFound } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { noticeExport } from "@/lib/notices/export";

export const dynamic = "force-dynamic";

/** GET /api/exports/notices/{id}: the notice as an OCDS 1.1 release package with Find a Tender's extensions. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const caller = await requireCan("readNotices");
  const { id } = await params;
  const found = await noticeExport(caller, id, request.url);
  if (!found) notFound();
  await recordAudit(db, {
    actor: caller,
    action: "export.notice",
    entityType: "Export",
    departmentId: found.departmentId,
    after: { format: "ocds-json", noticeId: id, type: found.type },
  });
  return new Response(JSON.stringify(found.releasePackage, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${found.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
