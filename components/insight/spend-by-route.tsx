import Link from "next/link";
import { InsightChart } from "@/components/insight/chart";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { link, chartNumber, type SpendDashboard, type SpendHref } from "@/components/insight/dashboard";
import { DataTable } from "@/components/ui/data-table";
import { ROUTE_TO_MARKET_LABELS } from "@/lib/contracts/schema";
import { formatMoney } from "@/lib/format";

/** Direct spend by framework and lot, and by route to market. */
export function SpendByRoute({ d, here }: { d: SpendDashboard; here: SpendHref }) {
  return (
    <>
      <ChartFigure
        id="by-lot"
        title="Direct spend by framework and lot"
        empty={d.lots.length === 0 ? "No spend matches these filters" : null}
        chart={
          <InsightChart
            kind="rows"
            unit="money"
            rows={d.lots.slice(0, 12).map((l) => ({
              label: l.rmNumber ? `${l.rmNumber} L${l.lotNumber}` : "No framework",
              amount: chartNumber(l.amount),
            }))}
            series={[{ key: "amount", label: "Direct spend", color: COLORS.primary }]}
          />
        }
        table={
          <DataTable
            caption="Direct spend by framework and lot"
            rows={d.lots}
            rowKey={(l) => l.lotId ?? "none"}
            columns={[
              {
                key: "f",
                header: "Framework",
                cell: (l) =>
                  l.frameworkId ? (
                    <Link className={link} href={here({ framework: l.frameworkId, lot: undefined })}>
                      {l.rmNumber} {l.frameworkName}
                    </Link>
                  ) : (
                    "Not a framework call-off"
                  ),
              },
              {
                key: "l",
                header: "Lot",
                cell: (l) =>
                  l.lotId ? (
                    <Link className={link} href={here({ lot: l.lotId })}>
                      Lot {l.lotNumber}: {l.lotName}
                    </Link>
                  ) : (
                    "—"
                  ),
              },
              { key: "a", header: "Direct spend", align: "right", cell: (l) => formatMoney(l.amount) },
            ]}
          />
        }
      />
      <ChartFigure
        id="by-route"
        title="Direct spend by route to market"
        empty={d.routes.length === 0 ? "No spend matches these filters" : null}
        chart={
          <InsightChart
            kind="rows"
            unit="money"
            rows={d.routes.map((r) => ({
              label: r.routeToMarket
                ? ROUTE_TO_MARKET_LABELS[r.routeToMarket as keyof typeof ROUTE_TO_MARKET_LABELS]
                : "No contract",
              amount: chartNumber(r.amount),
            }))}
            series={[{ key: "amount", label: "Direct spend", color: COLORS.tertiary }]}
          />
        }
        table={
          <DataTable
            caption="Direct spend by route to market"
            rows={d.routes}
            rowKey={(r) => r.routeToMarket ?? "none"}
            columns={[
              {
                key: "r",
                header: "Route to market",
                cell: (r) =>
                  r.routeToMarket
                    ? ROUTE_TO_MARKET_LABELS[r.routeToMarket as keyof typeof ROUTE_TO_MARKET_LABELS]
                    : "Spend not linked to a contract",
              },
              { key: "a", header: "Direct spend", align: "right", cell: (r) => formatMoney(r.amount) },
            ]}
          />
        }
      />
    </>
  );
}
