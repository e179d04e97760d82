import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { getFramework } from "@/lib/frameworks/queries";

export const metadata: Metadata = { title: "Framework" };

export default async function FrameworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const framework = await getFramework(id);
  if (!framework) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/frameworks" className="text-brand-700 underline">
          Frameworks
        </Link>
      </p>
      <PageHeader
        title={framework.name}
        description={`${framework.rmNumber} · runs ${formatDate(framework.startDate)} to ${formatDate(framework.endDate)}`}
      />
      <DataTable
        caption={`Lots of ${framework.name}`}
        rows={framework.lots}
        rowKey={(l) => l.id}
        columns={[
          { key: "number", header: "Lot", cell: (l) => l.number },
          { key: "name", header: "Name", cell: (l) => l.name },
          { key: "members", header: "Verified suppliers", align: "right", cell: (l) => l._count.memberships },
        ]}
      />
    </>
  );
}
