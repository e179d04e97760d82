import type { Metadata } from "next";
import Link from "next/link";
import { ImportStatusBadge } from "@/components/imports/import-status";
import { UploadOcdsForm } from "@/components/imports/ocds-upload-form";
import { UploadSpendForm } from "@/components/imports/upload-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listImportDepartments, listImports } from "@/lib/imports/queries";
import { ImportListParamsSchema } from "@/lib/imports/schema";
import { formatCount, formatMoney } from "@/lib/format";
import { formatDateTime } from "@/lib/dates/format";
import { firstValues } from "@/lib/pagination";
import { withParams } from "@/lib/url";
import { requireCan } from "@/lib/access/caller";

export const metadata: Metadata = { title: "Imports" };

const KIND_LABELS = {
  SPEND_CSV: "Spend (CSV)",
  SPEND_XLSX: "Spend (XLSX)",
  OCDS: "OCDS releases",
  SUPPLY_CHAIN_RETURN: "Supply-chain return",
} as const;

export default async function ImportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = ImportListParamsSchema.parse(firstValues(await searchParams));
  const [caller, page, departments] = await Promise.all([
    requireCan("importSpend"),
    listImports(params),
    listImportDepartments(),
  ]);
  return (
    <>
      <PageHeader
        title="Imports"
        description="Load a department’s published spend over £25,000. A file with any invalid line is rejected whole; importing a file again adds no duplicates."
      />
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <Card title="Upload a spend file">
          <UploadSpendForm departments={departments} chooseDepartment={caller.role === "ADMIN"} />
        </Card>
        {caller.role === "ADMIN" ? (
          <Card title="Import OCDS releases">
            <UploadOcdsForm />
          </Card>
        ) : null}
      </div>
      <h2 className="mb-3 text-xl font-semibold text-slate-900">Previous imports</h2>
      {page.rows.length === 0 ? (
        <EmptyState title="No imports yet">Upload a spend file above to start.</EmptyState>
      ) : (
        <>
          <DataTable
            caption="Imports, newest first"
            rows={page.rows}
            rowKey={(r) => r.id}
            columns={[
              {
                key: "file",
                header: "File",
                cell: (r) => (
                  <Link className="font-medium text-brand-700 underline" href={`/imports/${r.id}`}>
                    {r.fileName}
                  </Link>
                ),
              },
              { key: "kind", header: "Kind", cell: (r) => KIND_LABELS[r.kind] },
              { key: "department", header: "Department", cell: (r) => r.department?.name ?? "—" },
              { key: "status", header: "Status", cell: (r) => <ImportStatusBadge status={r.status} /> },
              { key: "rows", header: "Rows read", align: "right", cell: (r) => formatCount(r.rowsRead) },
              { key: "written", header: "Rows written", align: "right", cell: (r) => formatCount(r.rowsWritten) },
              {
                key: "total",
                header: "Total",
                align: "right",
                cell: (r) => (r.status === "COMPLETED" ? formatMoney(r.totalAmount) : "—"),
              },
              { key: "at", header: "Started", cell: (r) => formatDateTime(r.createdAt) },
            ]}
          />
          <Pagination {...page} noun="imports" hrefFor={(p) => withParams("/imports", { page: p })} />
        </>
      )}
    </>
  );
}
