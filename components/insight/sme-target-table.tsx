import Link from "next/link";
import { ChartFigure } from "@/components/insight/chart-figure";
import { link, type SpendDashboard, type SpendHref } from "@/components/insight/dashboard";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney, formatPercent } from "@/lib/format";

/** Each department's SME share by financial year against its targets. */
export function SmeTargetTable({ d, here }: { d: SpendDashboard; here: SpendHref }) {
  return (
    <ChartFigure
      id="sme-target"
      title="SME share against each department's target"
      description="By financial year (April to March). Targets are the department's direct SME target (PPN 001) and, where set, its indirect target."
      empty={d.smeYears.length === 0 ? "No spend matches these filters" : null}
      table={
        <DataTable
          caption="SME share by department and financial year against target"
          rows={d.smeYears}
          rowKey={(y) => `${y.departmentId}-${y.financialYearEnd}`}
          columns={[
            {
              key: "dep",
              header: "Department",
              cell: (y) => (
                <Link className={link} href={here({ department: y.departmentId })}>
                  {y.departmentName}
                </Link>
              ),
            },
            {
              key: "fy",
              header: "Financial year",
              cell: (y) => `${y.financialYearEnd - 1}-${String(y.financialYearEnd).slice(2)}`,
            },
            { key: "spend", header: "Direct spend", align: "right", cell: (y) => formatMoney(y.directTotal) },
            { key: "d", header: "Direct SME share", align: "right", cell: (y) => formatPercent(y.share.direct) },
            {
              key: "dt",
              header: "Direct target",
              align: "right",
              cell: (y) =>
                y.directTarget === null
                  ? "None set"
                  : `${y.directTarget.toString()}%${y.share.direct.times(100).gte(y.directTarget.toString()) ? " (met)" : " (not met)"}`,
            },
            {
              key: "i",
              header: "Indirect SME share",
              align: "right",
              cell: (y) => formatPercent(y.share.indirect),
            },
            {
              key: "it",
              header: "Indirect target",
              align: "right",
              cell: (y) => (y.indirectTarget === null ? "None set" : `${y.indirectTarget.toString()}%`),
            },
            { key: "t", header: "Total SME share", align: "right", cell: (y) => formatPercent(y.share.total) },
          ]}
        />
      }
    />
  );
}
