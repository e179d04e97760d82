import Link from "next/link";
import { InsightChart } from "@/components/insight/chart";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { link, chartNumber, type SpendDashboard, type SpendHref } from "@/components/insight/dashboard";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney, formatPercent } from "@/lib/format";
import { formatMonth as monthLabel, isoMonth } from "@/lib/dates/format";

/** Spend and SME share month by month, each a chart with its table. */
export function SpendByMonth({ d, here }: { d: SpendDashboard; here: SpendHref }) {
  const empty = d.months.length === 0 ? "No spend matches these filters" : null;
  return (
    <>
      <ChartFigure
        id="spend-over-time"
        title="Spend over time"
        description="Direct spend (department to supplier) and, beside it, indirect spend (lead partner to its members: part of the direct spend, passed on) by month."
        empty={empty}
        chart={
          <InsightChart
            kind="bar"
            unit="money"
            rows={d.months.map((m) => ({
              label: monthLabel(m.month),
              direct: chartNumber(m.direct),
              indirect: chartNumber(m.indirect),
            }))}
            series={[
              { key: "direct", label: "Direct", color: COLORS.primary },
              { key: "indirect", label: "Indirect", color: COLORS.secondary },
            ]}
          />
        }
        table={
          <DataTable
            caption="Spend by month"
            rows={d.months}
            rowKey={(m) => isoMonth(m.month)}
            columns={[
              {
                key: "m",
                header: "Month",
                cell: (m) => (
                  <Link className={link} href={here({ from: isoMonth(m.month), to: isoMonth(m.month) })}>
                    {monthLabel(m.month)}
                  </Link>
                ),
              },
              { key: "d", header: "Direct", align: "right", cell: (m) => formatMoney(m.direct) },
              { key: "i", header: "Indirect", align: "right", cell: (m) => formatMoney(m.indirect) },
            ]}
          />
        }
      />
      <ChartFigure
        id="sme-share"
        title="SME share over time"
        description={
          <>
            Direct: spend paid to SMEs ÷ all direct spend. Indirect: supply-chain spend reaching SMEs ÷ all direct
            spend. Size as at each payment date.{" "}
            <strong id="sme-unverified">
              {formatPercent(d.unverified.shareOfDirect)} of direct spend ({formatMoney(d.unverified.unverified)},{" "}
              {formatPercent(d.unverified.shareOfSme)} of the direct SME spend) is counted as SME on size declarations
              nobody has verified yet.
            </strong>
          </>
        }
        empty={empty}
        chart={
          <InsightChart
            kind="line"
            unit="percent"
            rows={d.months.map((m) => ({
              label: monthLabel(m.month),
              direct: m.share.direct.toNumber(),
              indirect: m.share.indirect.toNumber(),
              total: m.share.total.toNumber(),
            }))}
            series={[
              { key: "direct", label: "Direct", color: COLORS.primary },
              { key: "indirect", label: "Indirect", color: COLORS.secondary },
              { key: "total", label: "Total", color: COLORS.tertiary },
            ]}
          />
        }
        table={
          <DataTable
            caption="SME share by month"
            rows={d.months}
            rowKey={(m) => isoMonth(m.month)}
            columns={[
              { key: "m", header: "Month", cell: (m) => monthLabel(m.month) },
              { key: "d", header: "Direct SME share", align: "right", cell: (m) => formatPercent(m.share.direct) },
              {
                key: "u",
                header: "Of which unverified",
                align: "right",
                cell: (m) => formatMoney(m.directSmeUnverified),
              },
              {
                key: "i",
                header: "Indirect SME share",
                align: "right",
                cell: (m) => formatPercent(m.share.indirect),
              },
              { key: "t", header: "Total", align: "right", cell: (m) => formatPercent(m.share.total) },
            ]}
          />
        }
      />
    </>
  );
}
