import type { Metadata } from "next";
import Link from "next/link";
import { InsightChart } from "@/components/insight/chart";
import { chartRowLabel } from "@/components/insight/chart-label";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { InsightFilterForm } from "@/components/insight/insight-filters";
import { InsightTabs, insightHref } from "@/components/insight/insight-tabs";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ROUTE_TO_MARKET_LABELS } from "@/lib/contracts/schema";
import { formatCount, formatMoney, formatMonth, formatPercent } from "@/lib/format";
import { getInsightFilterOptions, getSpendDashboard } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { firstValues } from "@/lib/pagination";

export const metadata: Metadata = { title: "Spend and SME share" };

const monthLabel = formatMonth;
const monthKey = (d: Date) => d.toISOString().slice(0, 7);
const num = (v: { toString(): string }) => Number(v.toString());
const link = "text-brand-700 underline";

export default async function SpendDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = InsightFiltersSchema.parse(firstValues(await searchParams));
  const [options, d] = await Promise.all([getInsightFilterOptions(filters), getSpendDashboard(filters)]);
  const here = (changes: Parameters<typeof insightHref>[2]) => insightHref("/insight", filters, changes);
  const empty = d.months.length === 0 ? "No spend matches these filters" : null;
  return (
    <>
      <PageHeader title="Dashboards" description="Spend and SME share for the departments you can see. Figures are sums of recorded payments; choose a figure to narrow the view to the rows behind it." />
      <InsightTabs current="/insight" filters={filters} />
      <InsightFilterForm path="/insight" filters={filters} options={options} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartFigure
          id="spend-over-time"
          title="Spend over time"
          description="Direct spend (department to supplier) and, beside it, indirect spend (lead partner to its members: part of the direct spend, passed on) by month."
          empty={empty}
          chart={<InsightChart kind="bar" unit="money" rows={d.months.map((m) => ({ label: monthLabel(m.month), direct: num(m.direct), indirect: num(m.indirect) }))} series={[{ key: "direct", label: "Direct", color: COLORS.primary }, { key: "indirect", label: "Indirect", color: COLORS.secondary }]} />}
          table={<DataTable caption="Spend by month" rows={d.months} rowKey={(m) => monthKey(m.month)} columns={[
            { key: "m", header: "Month", cell: (m) => <Link className={link} href={here({ from: monthKey(m.month), to: monthKey(m.month) })}>{monthLabel(m.month)}</Link> },
            { key: "d", header: "Direct", align: "right", cell: (m) => formatMoney(m.direct) },
            { key: "i", header: "Indirect", align: "right", cell: (m) => formatMoney(m.indirect) },
          ]} />}
        />
        <ChartFigure
          id="sme-share"
          title="SME share over time"
          description="Direct: spend paid to SMEs ÷ all direct spend. Indirect: supply-chain spend reaching SMEs ÷ all direct spend. Size as at each payment date."
          empty={empty}
          chart={<InsightChart kind="line" unit="percent" rows={d.months.map((m) => ({ label: monthLabel(m.month), direct: m.share.direct.toNumber(), indirect: m.share.indirect.toNumber(), total: m.share.total.toNumber() }))} series={[{ key: "direct", label: "Direct", color: COLORS.primary }, { key: "indirect", label: "Indirect", color: COLORS.secondary }, { key: "total", label: "Total", color: COLORS.tertiary }]} />}
          table={<DataTable caption="SME share by month" rows={d.months} rowKey={(m) => monthKey(m.month)} columns={[
            { key: "m", header: "Month", cell: (m) => monthLabel(m.month) },
            { key: "d", header: "Direct SME share", align: "right", cell: (m) => formatPercent(m.share.direct) },
            { key: "i", header: "Indirect SME share", align: "right", cell: (m) => formatPercent(m.share.indirect) },
            { key: "t", header: "Total", align: "right", cell: (m) => formatPercent(m.share.total) },
          ]} />}
        />
      </div>
      <div className="mt-6">
        <ChartFigure
          id="sme-target"
          title="SME share against each department's target"
          description="By financial year (April to March). Targets are the department's direct SME target (PPN 001) and, where set, its indirect target."
          empty={d.smeYears.length === 0 ? "No spend matches these filters" : null}
          table={<DataTable caption="SME share by department and financial year against target" rows={d.smeYears} rowKey={(y) => `${y.departmentId}-${y.financialYearEnd}`} columns={[
            { key: "dep", header: "Department", cell: (y) => <Link className={link} href={here({ department: y.departmentId })}>{y.departmentName}</Link> },
            { key: "fy", header: "Financial year", cell: (y) => `${y.financialYearEnd - 1}-${String(y.financialYearEnd).slice(2)}` },
            { key: "spend", header: "Direct spend", align: "right", cell: (y) => formatMoney(y.directTotal) },
            { key: "d", header: "Direct SME share", align: "right", cell: (y) => formatPercent(y.share.direct) },
            { key: "dt", header: "Direct target", align: "right", cell: (y) => (y.directTarget === null ? "None set" : `${y.directTarget.toString()}%${y.share.direct.times(100).gte(y.directTarget.toString()) ? " (met)" : " (not met)"}`) },
            { key: "i", header: "Indirect SME share", align: "right", cell: (y) => formatPercent(y.share.indirect) },
            { key: "it", header: "Indirect target", align: "right", cell: (y) => (y.indirectTarget === null ? "None set" : `${y.indirectTarget.toString()}%`) },
            { key: "t", header: "Total SME share", align: "right", cell: (y) => formatPercent(y.share.total) },
          ]} />}
        />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartFigure
          id="by-lot"
          title="Direct spend by framework and lot"
          empty={d.lots.length === 0 ? "No spend matches these filters" : null}
          chart={<InsightChart kind="rows" unit="money" rows={d.lots.slice(0, 12).map((l) => ({ label: l.rmNumber ? `${l.rmNumber} L${l.lotNumber}` : "No framework", amount: num(l.amount) }))} series={[{ key: "amount", label: "Direct spend", color: COLORS.primary }]} />}
          table={<DataTable caption="Direct spend by framework and lot" rows={d.lots} rowKey={(l) => l.lotId ?? "none"} columns={[
            { key: "f", header: "Framework", cell: (l) => (l.frameworkId ? <Link className={link} href={here({ framework: l.frameworkId, lot: undefined })}>{l.rmNumber} {l.frameworkName}</Link> : "Not a framework call-off") },
            { key: "l", header: "Lot", cell: (l) => (l.lotId ? <Link className={link} href={here({ lot: l.lotId })}>Lot {l.lotNumber}: {l.lotName}</Link> : "—") },
            { key: "a", header: "Direct spend", align: "right", cell: (l) => formatMoney(l.amount) },
          ]} />}
        />
        <ChartFigure
          id="by-route"
          title="Direct spend by route to market"
          empty={d.routes.length === 0 ? "No spend matches these filters" : null}
          chart={<InsightChart kind="rows" unit="money" rows={d.routes.map((r) => ({ label: r.routeToMarket ? ROUTE_TO_MARKET_LABELS[r.routeToMarket as keyof typeof ROUTE_TO_MARKET_LABELS] : "No contract", amount: num(r.amount) }))} series={[{ key: "amount", label: "Direct spend", color: COLORS.tertiary }]} />}
          table={<DataTable caption="Direct spend by route to market" rows={d.routes} rowKey={(r) => r.routeToMarket ?? "none"} columns={[
            { key: "r", header: "Route to market", cell: (r) => (r.routeToMarket ? ROUTE_TO_MARKET_LABELS[r.routeToMarket as keyof typeof ROUTE_TO_MARKET_LABELS] : "Spend not linked to a contract") },
            { key: "a", header: "Direct spend", align: "right", cell: (r) => formatMoney(r.amount) },
          ]} />}
        />
      </div>
      <div className="mt-6">
        <ChartFigure
          id="by-supplier"
          title="Direct spend by supplier"
          description={d.rest ? `The top ${d.suppliers.length} suppliers, and ${formatCount(d.rest.suppliers)} others together.` : undefined}
          empty={d.suppliers.length === 0 ? "No spend matches these filters" : null}
          chart={<InsightChart kind="rows" unit="money" rows={[...d.suppliers.map((s) => ({ label: chartRowLabel(s.legalName), amount: num(s.amount) })), ...(d.rest && d.rest.suppliers > 0 ? [{ label: "All others", amount: d.rest.amount.toNumber() }] : [])]} series={[{ key: "amount", label: "Direct spend", color: COLORS.primary }]} />}
          table={<DataTable caption="Top suppliers by direct spend" rows={[...d.suppliers.map((s) => ({ ...s, other: false })), ...(d.rest && d.rest.suppliers > 0 ? [{ supplierId: "", legalName: `All ${formatCount(d.rest.suppliers)} others`, amount: d.rest.amount, total: d.rest.amount, suppliers: 0n, other: true }] : [])]} rowKey={(s) => s.supplierId || "rest"} columns={[
            { key: "s", header: "Supplier", cell: (s) => (s.other ? s.legalName : <Link className={link} href={here({ supplier: s.supplierId })}>{s.legalName}</Link>) },
            { key: "p", header: "Profile", cell: (s) => (s.other ? "—" : <Link className={link} href={`/suppliers/${s.supplierId}`}>Open<span className="sr-only"> {s.legalName}</span></Link>) },
            { key: "a", header: "Direct spend", align: "right", cell: (s) => formatMoney(s.amount.toString()) },
          ]} />}
        />
      </div>
    </>
  );
}
