import Link from "next/link";
import { InsightChart } from "@/components/insight/chart";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { link, chartNumber, type SpendDashboard, type SpendHref } from "@/components/insight/dashboard";
import { DataTable } from "@/components/ui/data-table";
import { chartRowLabel } from "@/components/insight/chart-label";
import { formatCount, formatMoney } from "@/lib/format";

/** The top suppliers by direct spend, and all the others together. */
export function SpendBySupplier({ d, here }: { d: SpendDashboard; here: SpendHref }) {
  return (
    <ChartFigure
      id="by-supplier"
      title="Direct spend by supplier"
      description={
        d.rest
          ? `The top ${d.suppliers.length} suppliers, and ${formatCount(d.rest.suppliers)} others together.`
          : undefined
      }
      empty={d.suppliers.length === 0 ? "No spend matches these filters" : null}
      chart={
        <InsightChart
          kind="rows"
          unit="money"
          rows={[
            ...d.suppliers.map((s) => ({ label: chartRowLabel(s.legalName), amount: chartNumber(s.amount) })),
            ...(d.rest && d.rest.suppliers > 0 ? [{ label: "All others", amount: d.rest.amount.toNumber() }] : []),
          ]}
          series={[{ key: "amount", label: "Direct spend", color: COLORS.primary }]}
        />
      }
      table={
        <DataTable
          caption="Top suppliers by direct spend"
          rows={[
            ...d.suppliers.map((s) => ({ ...s, other: false })),
            ...(d.rest && d.rest.suppliers > 0
              ? [
                  {
                    supplierId: "",
                    legalName: `All ${formatCount(d.rest.suppliers)} others`,
                    amount: d.rest.amount,
                    total: d.rest.amount,
                    suppliers: 0n,
                    other: true,
                  },
                ]
              : []),
          ]}
          rowKey={(s) => s.supplierId || "rest"}
          columns={[
            {
              key: "s",
              header: "Supplier",
              cell: (s) =>
                s.other ? (
                  s.legalName
                ) : (
                  <Link className={link} href={here({ supplier: s.supplierId })}>
                    {s.legalName}
                  </Link>
                ),
            },
            {
              key: "p",
              header: "Profile",
              cell: (s) =>
                s.other ? (
                  "—"
                ) : (
                  <Link className={link} href={`/suppliers/${s.supplierId}`}>
                    Open<span className="sr-only"> {s.legalName}</span>
                  </Link>
                ),
            },
            { key: "a", header: "Direct spend", align: "right", cell: (s) => formatMoney(s.amount.toString()) },
          ]}
        />
      }
    />
  );
}
