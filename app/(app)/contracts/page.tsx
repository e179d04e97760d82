import type { Metadata } from "next";
import { ContractTable } from "@/components/contracts/contract-table";
import { ContractStatusFilter } from "@/components/contracts/contract-status-filter";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { listContracts } from "@/lib/contracts/queries";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { firstValues } from "@/lib/pagination";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = ContractListParamsSchema.parse(firstValues(await searchParams));
  const page = await listContracts(params);
  const href = (changes: Record<string, string | number | undefined>) => withParams("/contracts", { ...params, ...changes });
  return (
    <>
      <PageHeader title="Contracts" description="Contracts you can see, with their lead partners and consortia." />
      <SearchForm label="Search by title, reference or lead partner" defaultValue={params.q} hidden={{ sort: params.sort, dir: params.dir }}>
        <ContractStatusFilter value={params.status} />
      </SearchForm>
      {page.rows.length === 0 ? (
        <EmptyState title="No contracts match">
          {params.q || params.status ? "Try a different search or status." : "There are no contracts in your scope yet."}
        </EmptyState>
      ) : (
        <>
          <ContractTable rows={page.rows} sort={{ sort: params.sort, dir: params.dir, hrefFor: (sort, dir) => href({ sort, dir, page: 1 }) }} />
          <Pagination {...page} noun="contracts" hrefFor={(p) => href({ page: p })} />
        </>
      )}
    </>
  );
}
