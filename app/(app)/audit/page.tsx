import type { Metadata } from "next";
import Link from "next/link";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { AuditFilters } from "@/components/audit/audit-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents } from "@/lib/audit/queries";
import { AuditListParamsSchema, ignoredDateFilters } from "@/lib/audit/schema";
import { firstValues } from "@/lib/pagination";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditTrailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = firstValues(await searchParams);
  const params = AuditListParamsSchema.parse(raw);
  const page = await listAuditEvents(params);
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change in Partnerscope: who, what, when, before and after. The database refuses edits and deletions, and each event is chained to the one before it by a hash."
        actions={
          <Link
            href="/audit/verify"
            className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
          >
            Verify the chain
          </Link>
        }
      />
      <AuditFilters params={params} entityTypes={page.entityTypes} ignored={ignoredDateFilters(raw, params)} />
      {page.rows.length === 0 ? (
        <EmptyState title="No events match">Try a wider date range or another filter.</EmptyState>
      ) : (
        <>
          <AuditEventTable events={page.rows} />
          <Pagination {...page} noun="events" hrefFor={(p) => withParams("/audit", { ...params, page: p })} />
        </>
      )}
    </>
  );
}
