import type { Metadata } from "next";
import { ReturnCsvForm, ReturnLineForm } from "@/components/portal/supply-chain-return-forms";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import { getSupplyChainReturnsPage } from "@/lib/supply-chain/queries";

export const metadata: Metadata = { title: "Supply-chain returns" };

export default async function SupplyChainReturnsPage() {
  const { contracts, imports } = await getSupplyChainReturnsPage();
  // Only a contract with partnership members can take a return; each lists its own members.
  const contractOptions = contracts
    .filter((c) => c.members.length > 0)
    .map((c) => ({
      value: c.id,
      label: `${c.title}${c.reference ? ` (${c.reference})` : ""}`,
      members: c.members
        .map((m) => ({
          value: m.companiesHouseNumber ?? m.legalName,
          label: `${m.legalName}${m.companiesHouseNumber ? ` (${m.companiesHouseNumber})` : ""}${m.leftOn ? `, left ${formatDate(m.leftOn)}` : ""}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }));
  return (
    <>
      <PageHeader
        title="Supply-chain returns"
        description="As lead partner, report what you paid each member of your partnerships, per contract and month. Returns are the evidence for indirect SME spend."
      />
      {contractOptions.length === 0 ? (
        <EmptyState title="You lead no partnership">
          Only the lead partner of a contract with partnership members files supply-chain returns.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Enter a payment">
            <ReturnLineForm contracts={contractOptions} />
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
