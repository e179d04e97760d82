import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/dates/format";
import { getFramework, listLotMembers } from "@/lib/frameworks/queries";
import { firstValues, PageSchema } from "@/lib/pagination";
import { withParams } from "@/lib/url";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = await getFramework((await params).id);
  return { title: framework ? `${framework.name} (${framework.rmNumber})` : "Framework" };
}

export default async function FrameworkPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = firstValues(await searchParams);
  const framework = await getFramework(id);
  if (!framework) notFound();
  // One lot's members at a time (a lot may have hundreds): the first lot unless another is chosen.
  const lot = framework.lots.find((l) => l.id === query.lot) ?? framework.lots[0];
  const page = PageSchema.parse(query.page);
  const members = lot ? await listLotMembers(framework.id, lot.id, page) : null;
  const lotHref = (lotId: string) => `${withParams(`/frameworks/${framework.id}`, { lot: lotId })}#members`;
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
          {
            key: "members",
            header: "Verified suppliers",
            align: "right",
            cell: (l) => (
              <Link
                href={lotHref(l.id)}
                aria-current={l.id === lot?.id ? "true" : undefined}
                className="text-brand-700 underline"
              >
                {l._count.memberships}
                <span className="sr-only"> verified suppliers on lot {l.number}</span>
              </Link>
            ),
          },
        ]}
      />
      {lot && members ? (
        <section id="members" aria-labelledby="members-title" className="mt-8 scroll-mt-4">
          <h2 id="members-title" className="mb-3 text-xl font-semibold text-slate-900">
            Lot {lot.number}: {lot.name}, verified suppliers
          </h2>
          {members.total === 0 ? (
            <p className="text-slate-800">No supplier has a verified place on this lot.</p>
          ) : (
            <>
              <DataTable
                caption={`Verified suppliers on lot ${lot.number}, by name`}
                rows={members.rows}
                rowKey={(m) => m.id}
                columns={[
                  { key: "supplier", header: "Supplier", cell: (m) => m.supplier.legalName },
                  { key: "number", header: "Companies House", cell: (m) => m.supplier.companiesHouseNumber ?? "—" },
                  { key: "from", header: "Member from", cell: (m) => formatDate(m.startDate) },
                  { key: "until", header: "Until", cell: (m) => (m.endDate ? formatDate(m.endDate) : "Open-ended") },
                  { key: "verified", header: "Verified", cell: (m) => (m.verifiedAt ? formatDate(m.verifiedAt) : "—") },
                ]}
              />
              <Pagination
                {...members}
                noun="suppliers"
                hrefFor={(p) => `${withParams(`/frameworks/${framework.id}`, { lot: lot.id, page: p })}#members`}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
