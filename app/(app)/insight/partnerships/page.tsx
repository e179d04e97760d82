import type { Metadata } from "next";
import Link from "next/link";
import { InsightChart } from "@/components/insight/chart";
import { chartRowLabel } from "@/components/insight/chart-label";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { InsightFilterForm } from "@/components/insight/insight-filters";
import { InsightTabs, insightHref } from "@/components/insight/insight-tabs";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatCount, formatMoney, formatPercent } from "@/lib/format";
import { getPartnershipDashboard } from "@/lib/insight/partnership-queries";
import { getInsightFilterOptions } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { hhiBand } from "@/lib/insight/shares";
import type { ConcentrationRow } from "@/lib/insight/sql-concentration";
import { firstValues, PageSchema } from "@/lib/pagination";
import { Pagination } from "@/components/ui/pagination";
import { Decimal } from "decimal.js";

export const metadata: Metadata = { title: "Partnerships and concentration" };
const link = "text-brand-700 underline";
const PATH = "/insight/partnerships";

export default async function PartnershipDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = firstValues(await searchParams);
  const filters = InsightFiltersSchema.parse(query);
  const page = PageSchema.parse(query.page);
  const [options, d] = await Promise.all([getInsightFilterOptions(filters), getPartnershipDashboard(filters, page)]);
  const concentrationTable = (caption: string, rows: ConcentrationRow[], market: "capability" | "department") => (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.marketId ?? "none"}
      columns={[
        {
          key: "m",
          header: market === "capability" ? "Capability" : "Department",
          cell: (r) =>
            r.marketId ? (
              <Link className={link} href={insightHref(PATH, filters, { [market]: r.marketId })}>
                {r.marketName}
              </Link>
            ) : (
              "Not classified"
            ),
        },
        { key: "t", header: "Direct spend", align: "right", cell: (r) => formatMoney(r.total) },
        { key: "n", header: "Suppliers", align: "right", cell: (r) => formatCount(Number(r.suppliers)) },
        { key: "5", header: "Top-5 share", align: "right", cell: (r) => formatPercent(r.top5) },
        {
          key: "h",
          header: "HHI",
          align: "right",
          cell: (r) => `${formatCount(Number(r.hhi))} (${hhiBand(new Decimal(r.hhi.toString()))})`,
        },
      ]}
    />
  );
  return (
    <>
      <PageHeader
        title="Dashboards"
        description="Whether SMEs named in partnerships get the work they were pledged, and how concentrated spend is."
      />
      <InsightTabs current={PATH} filters={filters} />
      <InsightFilterForm path={PATH} filters={filters} options={options} />
      <section aria-labelledby="pledged" className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="pledged" className="text-lg font-semibold text-slate-900">
          Pledged against delivered
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">
          Each SME member (SME at contract award) with its pledged share of the contract against the share of the
          contract&apos;s spend that reached it (paid directly or through the lead partner), all time. Tokenism:
          received less than half of its pledge. {formatCount(d.tokenismCount)} of {formatCount(d.partnershipCount)}{" "}
          partnerships with SME members show tokenism; the worst are listed first.
        </p>
        {d.partnerships.length === 0 ? (
          <EmptyState title="No partnerships with SME members match these filters" />
        ) : (
          <div className="space-y-4">
            {d.partnerships.map((p) => (
              <DataTable
                key={p.contractId}
                caption={`${p.title}: SME members pledged against delivered`}
                rows={p.members}
                rowKey={(m) => m.supplierId}
                columns={[
                  {
                    key: "c",
                    header: "Contract",
                    cell: () => (
                      <Link className={link} href={`/contracts/${p.contractId}`}>
                        {p.title}
                      </Link>
                    ),
                  },
                  {
                    key: "s",
                    header: "SME member",
                    cell: (m) => (
                      <Link className={link} href={`/suppliers/${m.supplierId}`}>
                        {m.legalName}
                      </Link>
                    ),
                  },
                  { key: "p", header: "Pledged", align: "right", cell: (m) => formatPercent(m.pledged) },
                  { key: "r", header: "Received", align: "right", cell: (m) => formatMoney(m.received) },
                  { key: "d", header: "Delivered share", align: "right", cell: (m) => formatPercent(m.delivered) },
                  {
                    key: "t",
                    header: "Finding",
                    cell: (m) =>
                      m.tokenism ? <Badge tone="bad">Tokenism</Badge> : <Badge tone="good">Delivered</Badge>,
                  },
                ]}
              />
            ))}
            <Pagination
              {...d.memberRows}
              noun="SME members"
              hrefFor={(p) =>
                `${insightHref(PATH, filters)}${insightHref(PATH, filters).includes("?") ? "&" : "?"}page=${p}#pledged`
              }
            />
          </div>
        )}
      </section>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartFigure
          id="conc-capability"
          title="Concentration by capability"
          description="Top-5 supplier share and Herfindahl-Hirschman index (0-10,000; over 2,500 is highly concentrated) of direct spend."
          empty={d.byCapability.length === 0 ? "No spend matches these filters" : null}
          chart={
            <InsightChart
              kind="rows"
              unit="percent"
              rows={d.byCapability.map((r) => ({
                label: chartRowLabel(r.marketName ?? "Unclassified"),
                top5: Number(r.top5.toString()),
              }))}
              series={[{ key: "top5", label: "Top-5 share", color: COLORS.primary }]}
            />
          }
          table={concentrationTable("Concentration by capability", d.byCapability, "capability")}
        />
        <ChartFigure
          id="conc-department"
          title="Concentration by department"
          empty={d.byDepartment.length === 0 ? "No spend matches these filters" : null}
          chart={
            <InsightChart
              kind="rows"
              unit="percent"
              rows={d.byDepartment.map((r) => ({
                label: chartRowLabel(r.marketName ?? ""),
                top5: Number(r.top5.toString()),
              }))}
              series={[{ key: "top5", label: "Top-5 share", color: COLORS.tertiary }]}
            />
          }
          table={concentrationTable("Concentration by department", d.byDepartment, "department")}
        />
      </div>
    </>
  );
}
