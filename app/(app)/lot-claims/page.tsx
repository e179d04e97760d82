import type { Metadata } from "next";
import Link from "next/link";
import { LotDecisionForms } from "@/components/portal/lot-decision-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { listLotClaims } from "@/lib/lots/queries";

export const metadata: Metadata = { title: "Lot claims" };

export default async function LotClaimsPage() {
  const claims = await listLotClaims();
  return (
    <>
      <PageHeader title="Lot claims" description="Suppliers' claims to framework lots, oldest first. Only verified memberships count for call-off checks and partner search." />
      {claims.length === 0 ? (
        <EmptyState title="No claims to decide">New claims appear here when suppliers make them.</EmptyState>
      ) : (
        <ul className="space-y-4" aria-label="Claims awaiting a decision">
          {claims.map((c) => {
            const label = `${c.supplier.legalName}, ${c.lot.framework.name} Lot ${c.lot.number}`;
            return (
              <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <h2 className="text-lg font-semibold text-slate-900">
                  <Link href={`/suppliers/${c.supplier.id}`} className="text-brand-700 underline">
                    {c.supplier.legalName}
                  </Link>{" "}
                  ({c.supplier.companiesHouseNumber ?? "no Companies House number"})
                </h2>
                <p className="text-slate-800">
                  {c.lot.framework.name} ({c.lot.framework.rmNumber}) Lot {c.lot.number}: {c.lot.name} · {formatDate(c.startDate)} to {c.endDate ? formatDate(c.endDate) : "open-ended"} · claimed {formatDate(c.createdAt)}
                </p>
                <div className="mt-3">
                  <LotDecisionForms membershipId={c.id} label={label} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
