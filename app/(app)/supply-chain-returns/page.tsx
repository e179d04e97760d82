import type { Metadata } from "next";
import { ReturnCsvForm, ReturnLineForm } from "@/components/portal/supply-chain-return-forms";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatMoney } from "@/lib/format";
import { getSupplyChainReturnsPage } from "@/lib/supply-chain/queries";

export const metadata: Metadata = { title: "Supply-chain returns" };

export default async function SupplyChainReturnsPage() {
  const { contracts, imports } = await getSupplyChainReturnsPage();
  const contractOptions = contracts.map((c) => ({ value: c.id, label: `${c.title}${c.reference ? ` (${c.reference})` : ""}` }));
  const members = new Map<string, string>();
  for (const c of contracts) for (const m of c.members) members.set(m.companiesHouseNumber ?? m.legalName, `${m.legalName}${m.companiesHouseNumber ? ` (${m.companiesHouseNumber})` : ""}`);
  const memberOptions = [...members].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <PageHeader
        title="Supply-chain returns"
        description="As lead partner, report what you paid each member of your partnerships, per contract and month. Returns are the evidence for indirect SME spend."
      />
      {contracts.length === 0 ? (
        <EmptyState title="You lead no contracts">Only a lead partner files supply-chain returns.</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Enter a payment">
            <ReturnLineForm contracts={contractOptions} members={memberOptions} />
          </Card>
          <Card title="Upload a CSV return">
            <ReturnCsvForm />
          </Card>
        </div>
      )}
      <section className="mt-8" aria-labelledby="past-returns">
        <h2 id="past-returns" className="mb-3 text-xl font-semibold text-slate-900">
          Returns filed
        </h2>
        {imports.length === 0 ? (
          <EmptyState title="No returns filed yet" />
        ) : (
          <DataTable
            caption="Returns filed, newest first"
            rows={imports}
            rowKey={(i) => i.id}
            columns={[
              { key: "date", header: "Filed", cell: (i) => formatDate(i.createdAt) },
              { key: "file", header: "Source", cell: (i) => i.fileName },
              { key: "read", header: "Rows", align: "right", cell: (i) => i.rowsRead },
              { key: "written", header: "Payments added", align: "right", cell: (i) => i.rowsWritten },
              { key: "dupes", header: "Already reported", align: "right", cell: (i) => i.duplicatesSkipped },
              { key: "total", header: "Total added", align: "right", cell: (i) => formatMoney(i.totalAmount) },
            ]}
          />
        )}
      </section>
    </>
  );
}
