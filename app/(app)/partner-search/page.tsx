import type { Metadata } from "next";
import { Suspense } from "react";
import { PartnerSearchForm } from "@/components/portal/partner-search-form";
import { SaveSearchForm } from "@/components/saved-searches/save-search-form";
import { supplierNameColumn, supplierRegionColumn } from "@/components/suppliers/supplier-columns";
import { Await } from "@/components/ui/await";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Skeleton } from "@/components/ui/skeleton";
import { firstValues } from "@/lib/pagination";
import { getPartnerSearchOptions, searchPartners } from "@/lib/partner-search/queries";
import { PartnerSearchParamsSchema } from "@/lib/partner-search/schema";
import type { PartnerRow } from "@/lib/partner-search/sql";
import { SIZE_CLASS_LABELS } from "@/lib/suppliers/schema";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Partner search" };

/** Up to a few names, then how many more: a cell stays readable on a phone. */
function NameList({ names, none }: { names: string[]; none: string }) {
  if (names.length === 0) return <span className="text-slate-700">{none}</span>;
  const shown = names.slice(0, 3);
  return (
    <span>
      {shown.join("; ")}
      {names.length > shown.length ? ` and ${names.length - shown.length} more` : ""}
    </span>
  );
}

const plainName: Column<PartnerRow> = {
  ...supplierNameColumn<PartnerRow>(),
  cell: (s) => <span className="font-semibold">{s.legalName}</span>,
};

const columnsFor = (linksToProfiles: boolean): Column<PartnerRow>[] => [
  linksToProfiles ? supplierNameColumn() : plainName,
  supplierRegionColumn(),
  {
    key: "size",
    header: "Size today",
    cell: (s) => (
      <span className="inline-flex flex-wrap gap-1">
        {s.sizeClass ? (
          <Badge tone={s.isSme ? "good" : "neutral"}>
            {s.isSme ? `SME (${SIZE_CLASS_LABELS[s.sizeClass].toLowerCase()})` : "Large"}
          </Badge>
        ) : (
          <Badge tone="warn">Size unknown</Badge>
        )}
        {s.isVcse ? <Badge tone="info">VCSE</Badge> : null}
      </span>
    ),
  },
  {
    key: "capabilities",
    header: "Capabilities",
    cell: (s) => <NameList names={s.capabilities} none="None declared" />,
  },
  { key: "lots", header: "Verified lots", cell: (s) => <NameList names={s.verifiedLots} none="None" /> },
  {
    key: "seeks",
    header: "Willing to",
    cell: (s) => [s.seeksToLead && "lead", s.seeksToJoin && "join"].filter(Boolean).join(", ") || "—",
  },
  {
    key: "contracts",
    header: "Current contracts",
    sortKey: "contracts",
    align: "right",
    cell: (s) => `${s.currentContracts} (${s.contractsLed} led)`,
  },
  {
    key: "partnerships",
    header: "Partnerships joined",
    sortKey: "partnerships",
    align: "right",
    cell: (s) => s.partnerships,
  },
];

export default async function PartnerSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = PartnerSearchParamsSchema.parse(firstValues(await searchParams));
  // Authorised before anything streams (a 403 for the roles that may not search), then the results stream in.
  const { linksToProfiles, ...options } = await getPartnerSearchOptions();
  const results = searchPartners(params);
  const href = (changes: Record<string, string | number | undefined>) =>
    withParams("/partner-search", { ...params, ...changes });
  return (
    <>
      <PageHeader
        title="Partner search"
        description="Find suppliers to lead or join a partnership: by capability, verified framework lot, size, VCSE status, region and willingness."
      />
      <PartnerSearchForm params={params} {...options} />
      <SaveSearchForm
        kind="PARTNER_SEARCH"
        query={href({ page: undefined })}
        suggestedName={params.q ? `Partners: ${params.q}` : "Partners"}
      />
      <Suspense key={href({})} fallback={<Skeleton label="Searching suppliers…" lines={6} />}>
        <Await promise={results}>
          {(page) =>
            page.rows.length === 0 ? (
              <EmptyState title="No suppliers match">Try fewer filters, or a broader capability.</EmptyState>
            ) : (
              <>
                <DataTable
                  caption="Suppliers matching the search"
                  columns={columnsFor(linksToProfiles)}
                  rows={page.rows}
                  rowKey={(s) => s.id}
                  sort={{ sort: params.sort, dir: params.dir, hrefFor: (sort, dir) => href({ sort, dir, page: 1 }) }}
                />
                <Pagination {...page} noun="suppliers" hrefFor={(p) => href({ page: p })} />
              </>
            )
          }
        </Await>
      </Suspense>
    </>
  );
}
