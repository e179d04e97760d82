import type { Metadata } from "next";
import { ClaimCard } from "@/components/lots/claim-card";
import { ClaimFilters } from "@/components/lots/claim-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listLotClaims, lotClaimFilterOptions } from "@/lib/lots/queries";
import { LotClaimsParamsSchema } from "@/lib/lots/schema";
import { firstValues } from "@/lib/pagination";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Lot claims" };

export default async function LotClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = LotClaimsParamsSchema.parse(firstValues(await searchParams));
  const [claims, frameworks] = await Promise.all([listLotClaims(params), lotClaimFilterOptions()]);
  return (
    <>
      <PageHeader
        title="Lot claims"
        description="Suppliers' claims to framework lots, newest first. Only verified memberships count for call-off checks and partner search."
      />
      <ClaimFilters params={params} frameworks={frameworks} />
      {claims.rows.length === 0 ? (
        <EmptyState title="No claims match">
          {params.status === "CLAIMED"
            ? "New claims appear here when suppliers make them."
            : "Try another status or framework."}
        </EmptyState>
      ) : (
        <>
          <ul className="space-y-4" aria-label="Lot claims">
            {claims.rows.map((c) => (
              <ClaimCard key={c.id} claim={c} />
            ))}
          </ul>
          <Pagination {...claims} noun="claims" hrefFor={(page) => withParams("/lot-claims", { ...params, page })} />
        </>
      )}
    </>
  );
}
