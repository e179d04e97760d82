import type { Metadata } from "next";
import { ContractTable } from "@/components/contracts/contract-table";
import { ContractStatusFilter } from "@/components/contracts/contract-status-filter";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import Link from "next/link";
import { RegisterFilters } from "@/components/contracts/register-filters";
import { SaveSearchForm } from "@/components/saved-searches/save-search-form";
import { listContracts, listFrameworkOptions } from "@/lib/contracts/queries";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { firstValues } from "@/lib/pagination";
import { withParams } from "@/lib/url";
import { callerCan } from "@/lib/access/caller";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = ContractListParamsSchema.parse(firstValues(await searchParams));
  const [page, frameworks, canWrite] = await Promise.all([
    listContracts(params),
    listFrameworkOptions(),
    callerCan("writeContracts"),
  ]);
  const filters = {
    q: params.q,
    status: params.status,
    framework: params.framework,
    supplier: params.supplier,
    ending: params.ending,
    sort: params.sort,
    dir: params.dir,
  };
  const href = (changes: Record<string, string | number | undefined>) =>
    withParams("/contracts", { ...params, ...changes });
  return (
    <>
      <PageHeader
        title="Contracts"
        description="Contracts you can see, with their lead partners and consortia."
        actions={
          <div className="flex flex-wrap gap-3">
            <a
              href={withParams("/api/contracts/export", filters)}
              className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
              download
            >
              Download CSV<span className="sr-only"> of these contracts</span>
            </a>
            {canWrite ? (
              <Link
                href="/contracts/new"
                className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
              >
                New contract
              </Link>
            ) : null}
          </div>
        }
      />
      <SearchForm
        label="Search by title, reference or lead partner"
        defaultValue={params.q}
        hidden={{ sort: params.sort, dir: params.dir }}
      >
        <ContractStatusFilter value={params.status} />
        <RegisterFilters
          frameworks={frameworks}
          framework={params.framework}
          supplier={params.supplier}
          ending={params.ending}
        />
      </SearchForm>
      <SaveSearchForm
        kind="REGISTER"
        query={withParams("", filters)}
        suggestedName={params.q ? `Contracts: ${params.q}` : "Contracts"}
      />
      {page.rows.length === 0 ? (
        <EmptyState title="No contracts match">
          {params.q || params.status || params.framework || params.supplier || params.ending
            ? "Try a different search or filter."
            : "There are no contracts in your scope yet."}
        </EmptyState>
      ) : (
        <>
          <ContractTable
            rows={page.rows}
            sort={{ sort: params.sort, dir: params.dir, hrefFor: (sort, dir) => href({ sort, dir, page: 1 }) }}
          />
          <Pagination {...page} noun="contracts" hrefFor={(p) => href({ page: p })} />
        </>
      )}
    </>
  );
}
