import type { Metadata } from "next";
import Link from "next/link";
import { InsightChart } from "@/components/insight/chart";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { InsightFilterForm } from "@/components/insight/insight-filters";
import { InsightTabs } from "@/components/insight/insight-tabs";
import { Badge } from "@/components/ui/badge";
import { Stat } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatCount, formatDate, formatMoney } from "@/lib/format";
import { getContractDashboard, getInsightFilterOptions } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { firstValues } from "@/lib/pagination";

export const metadata: Metadata = { title: "Lock-in, renewals and KPIs" };
const link = "text-brand-700 underline";
const PATH = "/insight/contracts";
const RATING_LABELS: Record<string, string> = { GOOD: "Good", APPROACHING_TARGET: "Approaching target", REQUIRES_IMPROVEMENT: "Requires improvement", INADEQUATE: "Inadequate", OTHER: "Other" };

export default async function ContractDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = InsightFiltersSchema.parse(firstValues(await searchParams));
  const [options, d] = await Promise.all([getInsightFilterOptions(filters), getContractDashboard(filters)]);
  return (
    <>
      <PageHeader title="Dashboards" description="Lock-in risk of active contracts, contracts due for re-procurement and KPI assessments. The date range applies to spend only." />
      <InsightTabs current={PATH} filters={filters} />
      <InsightFilterForm path={PATH} filters={filters} options={options} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartFigure id="lock-in" title="Lock-in risk of active contracts"
          description={<>Scores 0-100 from explainable factors. <Link className={link} href="/insight/lock-in-method">How the score works</Link>.</>}
          empty={d.lockIn.contracts === 0 ? "No active contracts match these filters" : null}
          chart={<InsightChart kind="bar" unit="count" rows={d.lockIn.distribution.map((b) => ({ label: b.label, contracts: b.contracts }))} series={[{ key: "contracts", label: "Contracts", color: COLORS.target }]} />}
          table={<DataTable caption="Active contracts by lock-in risk band" rows={d.lockIn.distribution} rowKey={(b) => b.key} columns={[
            { key: "b", header: "Risk band", cell: (b) => b.label },
            { key: "n", header: "Contracts", align: "right", cell: (b) => formatCount(b.contracts) },
          ]} />} />
        <ChartFigure id="kpi-ratings" title="KPI ratings" description="The latest rating of each KPI (Procurement Act 2023)."
          empty={d.ratings.length === 0 ? "No KPI assessments match these filters" : null}
          chart={<InsightChart kind="bar" unit="count" rows={d.ratings.map((r) => ({ label: RATING_LABELS[r.rating] ?? r.rating, kpis: Number(r.kpis) }))} series={[{ key: "kpis", label: "KPIs", color: COLORS.primary }]} />}
          table={<DataTable caption="KPIs by latest rating" rows={d.ratings} rowKey={(r) => r.rating} columns={[
            { key: "r", header: "Latest rating", cell: (r) => RATING_LABELS[r.rating] ?? r.rating },
            { key: "n", header: "KPIs", align: "right", cell: (r) => formatCount(Number(r.kpis)) },
          ]} />} />
      </div>
      <section aria-labelledby="riskiest" className="mt-6 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="riskiest" className="mb-3 text-lg font-semibold text-slate-900">Riskiest contracts</h2>
        <DataTable caption="Riskiest active contracts with their factors" rows={d.lockIn.riskiest} rowKey={(c) => c.id} columns={[
          { key: "c", header: "Contract", cell: (c) => <Link className={link} href={`/contracts/${c.id}`}>{c.title}</Link> },
          { key: "l", header: "Lead partner", cell: (c) => c.leadPartnerName },
          { key: "v", header: "Value", align: "right", cell: (c) => formatMoney(c.currentValue) },
          { key: "s", header: "Score", align: "right", cell: (c) => <Link className={link} href="/insight/lock-in-method">{c.score}<span className="sr-only"> out of 100, how the score works</span></Link> },
          { key: "f", header: "Factors (weight: evidence)", cell: (c) => <ul className="list-disc pl-4">{c.factors.map((f) => <li key={f.key}><strong>{f.label}</strong> ({f.weight}): {f.evidence}</li>)}</ul> },
        ]} />
      </section>
      <section aria-labelledby="renewals" className="mt-6 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="renewals" className="mb-3 text-lg font-semibold text-slate-900">Renewal pipeline: the next 18 months</h2>
        <dl className="mb-4 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat label="Contracts ending" value={formatCount(d.renewals.contracts)} />
          <Stat label="Re-procurement late" value={formatCount(d.renewals.late)} />
          <Stat label="Value ending" value={formatMoney(d.renewals.value)} />
          <Stat label="Extensions used so far" value={formatCount(d.renewals.extensions)} />
        </dl>
        <DataTable caption="Contracts ending in the next 18 months, most urgent first" rows={d.renewals.rows} rowKey={(r) => r.id} columns={[
          { key: "c", header: "Contract", cell: (r) => <Link className={link} href={`/contracts/${r.id}`}>{r.title}</Link> },
          { key: "d", header: "Department", cell: (r) => r.departmentName },
          { key: "v", header: "Value", align: "right", cell: (r) => formatMoney(r.currentValue) },
          { key: "e", header: "Ends", cell: (r) => formatDate(r.endDate) },
          { key: "s", header: "Start re-procurement by", cell: (r) => <>{formatDate(r.startBy)} {r.late ? <Badge tone="bad">Late</Badge> : null}</> },
          { key: "x", header: "Extensions used", align: "right", cell: (r) => formatCount(r.extensionsUsed) },
        ]} />
      </section>
      <section aria-labelledby="overdue" className="mt-6 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="overdue" className="mb-1 text-lg font-semibold text-slate-900">Overdue KPI assessments</h2>
        <p className="mb-3 text-sm text-slate-700">{formatCount(d.overdue.count)} active contracts over £5m have no KPI assessment in the last 12 months (Procurement Act 2023).</p>
        <DataTable caption="Contracts over £5m without a KPI assessment in the last 12 months" rows={d.overdue.rows} rowKey={(r) => r.id} columns={[
          { key: "c", header: "Contract", cell: (r) => <Link className={link} href={`/contracts/${r.id}`}>{r.title}</Link> },
          { key: "d", header: "Department", cell: (r) => r.departmentName },
          { key: "v", header: "Value", align: "right", cell: (r) => formatMoney(r.currentValue) },
          { key: "k", header: "KPIs", align: "right", cell: (r) => formatCount(Number(r.kpis)) },
          { key: "l", header: "Last assessed", cell: (r) => (r.lastAssessedOn ? formatDate(r.lastAssessedOn) : "Never") },
        ]} />
      </section>
    </>
  );
}
