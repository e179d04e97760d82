import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireCan } from "@/lib/access/caller";
import { LOCK_IN_BANDS, LOCK_IN_FACTORS } from "@/lib/risk/weights";

export const metadata: Metadata = { title: "How the lock-in risk score works" };

export default async function LockInMethodPage() {
  await requireCan("readInsight");
  return (
    <>
      <PageHeader
        title="How the lock-in risk score works"
        description="Each contract's score is the sum of the weights of the factors it shows. The weights add up to 100. Every factor is listed on the contract with the evidence that triggered it."
      />
      <DataTable
        caption="Lock-in risk factors, their weights and sources"
        rows={[...LOCK_IN_FACTORS]}
        rowKey={(f) => f.key}
        columns={[
          { key: "l", header: "Factor", cell: (f) => <strong>{f.label}</strong> },
          { key: "w", header: "Weight", align: "right", cell: (f) => f.weight },
          { key: "r", header: "Triggered when", cell: (f) => f.rule },
          { key: "s", header: "Source", cell: (f) => f.source },
        ]}
      />
      <h2 className="mt-6 mb-2 text-lg font-semibold">Bands</h2>
      <ul className="list-disc pl-6">
        {LOCK_IN_BANDS.map((b) => (
          <li key={b.key}>{b.label}</li>
        ))}
      </ul>
      <p className="mt-4 max-w-3xl text-slate-700">
        Context comes from the register: awards from the same buyer to the same supplier in the year before the award,
        the years the supplier has held the buyer&apos;s work in the capability, its share of the department&apos;s
        spend in the capability, and KPI ratings with any later competitive re-procurement.
      </p>
    </>
  );
}
