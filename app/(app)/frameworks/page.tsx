import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/dates/format";
import { listFrameworks } from "@/lib/frameworks/queries";

export const metadata: Metadata = { title: "Frameworks" };

type Row = Awaited<ReturnType<typeof listFrameworks>>[number];

const columns: Column<Row>[] = [
  {
    key: "name",
    header: "Framework",
    cell: (f) => (
      <Link href={`/frameworks/${f.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
        {f.name}
      </Link>
    ),
  },
  { key: "rm", header: "RM number", cell: (f) => f.rmNumber },
  { key: "lots", header: "Lots", align: "right", cell: (f) => f._count.lots },
  { key: "dates", header: "Runs", cell: (f) => `${formatDate(f.startDate)} to ${formatDate(f.endDate)}` },
];

export default async function FrameworksPage() {
  const frameworks = await listFrameworks();
  return (
    <>
      <PageHeader title="Frameworks" description="Crown Commercial Service agreements and their lots." />
      {frameworks.length === 0 ? (
        <EmptyState title="No frameworks yet" />
      ) : (
        <DataTable caption="Frameworks" columns={columns} rows={frameworks} rowKey={(f) => f.id} />
      )}
    </>
  );
}
