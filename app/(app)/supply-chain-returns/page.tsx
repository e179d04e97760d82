import type { Metadata } from "next";
import Link from "next/link";
import { ImportStatusBadge } from "@/components/imports/import-status";
import { ReturnUploadOutcome } from "@/components/portal/return-upload-outcome";
import { ReturnCsvForm, ReturnLineForm } from "@/components/portal/supply-chain-return-forms";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import { firstValues } from "@/lib/pagination";
import { getSupplyChainReturn, getSupplyChainReturnsPage } from "@/lib/supply-chain/queries";
import { ReturnsPageParamsSchema } from "@/lib/supply-chain/schema";

export const metadata: Metadata = { title: "Supply-chain returns" };

export default async function SupplyChainReturnsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // ?return= names an uploaded file: its job's progress and outcome are shown beside the upload form.
  const { return: uploadId } = ReturnsPageParamsSchema.parse(firstValues(await searchParams));
  const [{ contracts, imports }, upload] = await Promise.all([
    getSupplyChainReturnsPage(),
    uploadId ? getSupplyChainReturn(uploadId) : null,
  ]);
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
            {upload ? (
              <div className="mb-4">
                <ReturnUploadOutcome upload={upload} />
              </div>
            ) : null}
            {/* A new upload starts with an empty form (its earlier errors belonged to the last try). */}
            <ReturnCsvForm key={uploadId ?? "none"} />
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
              {
                key: "file",
                header: "Source",
                // Its outcome, shown beside the upload form (what was added, or why nothing was).
                cell: (i) => (
                  <Link className="text-brand-700 underline" href={`/supply-chain-returns?return=${i.id}`}>
                    {i.fileName}
                  </Link>
                ),
              },
              { key: "status", header: "Status", cell: (i) => <ImportStatusBadge status={i.status} /> },
              { key: "read", header: "Rows", align: "right", cell: (i) => i.rowsRead },
              { key: "written", header: "Payments added", align: "right", cell: (i) => i.rowsWritten },
              { key: "dupes", header: "Already reported", align: "right", cell: (i) => i.duplicatesSkipped },
              {
                key: "total",
                header: "Total added",
                align: "right",
                cell: (i) => (i.status === "COMPLETED" ? formatMoney(i.totalAmount) : "—"),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
