import type { Metadata } from "next";
import { SizeBadge } from "@/components/suppliers/size-badge";
import { supplierNameColumn, supplierRegionColumn } from "@/components/suppliers/supplier-columns";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { firstValues } from "@/lib/pagination";
import { listSuppliers } from "@/lib/suppliers/queries";
import { SupplierListParamsSchema } from "@/lib/suppliers/schema";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Suppliers" };

type Row = Awaited<ReturnType<typeof listSuppliers>>["rows"][number];

const columns: Column<Row>[] = [
  supplierNameColumn(),
  { key: "ch", header: "Companies House number", cell: (s) => s.companiesHouseNumber ?? "—" },
  supplierRegionColumn(),
  {
    key: "size",
    header: "Size today",
    cell: (s) => <SizeBadge declarations={s.sizeDeclarations} asAt={new Date()} isVcse={s.isVcse} />,
  },
];

export default async function SuppliersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = SupplierListParamsSchema.parse(firstValues(await searchParams));
  const page = await listSuppliers(params);
  const href = (changes: Record<string, string | number | undefined>) =>
    withParams("/suppliers", { ...params, ...changes });
  return (
    <>
      <PageHeader title="Suppliers" description="Registered suppliers, their size and region." />
      <SearchForm
        label="Search by name or Companies House number"
        defaultValue={params.q}
        hidden={{ sort: params.sort, dir: params.dir }}
      />
      {page.rows.length === 0 ? (
        <EmptyState title="No suppliers match">
          {params.q ? "Try a different name or number." : "No suppliers are registered yet."}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption="Suppliers"
            columns={columns}
            rows={page.rows}
            rowKey={(s) => s.id}
            sort={{ sort: params.sort, dir: params.dir, hrefFor: (sort, dir) => href({ sort, dir, page: 1 }) }}
          />
          <Pagination {...page} noun="suppliers" hrefFor={(p) => href({ page: p })} />
        </>
      )}
    </>
  );
}
