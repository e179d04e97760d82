import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChooseDuplicateForm, ConfirmMergeForm } from "@/components/suppliers/merge-forms";
import { MergeSideSummary } from "@/components/suppliers/merge-side";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getMergePreview } from "@/lib/suppliers/merge-queries";

export const metadata: Metadata = { title: "Merge suppliers" };

export default async function MergeSuppliersPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ remove?: string | string[] }>;
}) {
  const [{ id }, { remove }] = await Promise.all([params, searchParams]);
  const preview = await getMergePreview(id, typeof remove === "string" && remove ? remove : undefined);
  if (!preview) notFound();
  const { kept, removed } = preview;
  return (
    <>
      <p className="mb-2">
        <Link className="text-brand-700 underline" href={`/suppliers/${kept.id}`}>
          Back to {kept.legalName}
        </Link>
      </p>
      <PageHeader
        title={`Merge a duplicate into ${kept.legalName}`}
        description="Contracts, partnership and lot memberships, payments, size declarations, identifiers, remembered names and user accounts of the duplicate move to this supplier; the figures are recomputed and the duplicate is removed. The audit trail records the merge."
      />
      {!removed ? (
        <Card title="Find the duplicate">
          <ChooseDuplicateForm keepId={kept.id} />
        </Card>
      ) : (
        <>
          <div className="mb-6 grid gap-6 lg:grid-cols-2">
            <Card title={`Kept: ${kept.legalName}`}>
              <MergeSideSummary side={kept} />
            </Card>
            <Card title={`Merged in and removed: ${removed.legalName}`}>
              <MergeSideSummary side={removed} />
            </Card>
          </div>
          <Card title="Confirm the merge">
            <ConfirmMergeForm keepId={kept.id} removeId={removed.id} removedName={removed.legalName} />
            <p className="mt-4">
              <Link className="text-brand-700 underline" href={`/suppliers/${kept.id}/merge`}>
                Choose another duplicate
              </Link>
            </p>
          </Card>
        </>
      )}
    </>
  );
}
