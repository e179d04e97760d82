import Link from "next/link";
import { KpiHistoryChart } from "@/components/contracts/kpi-history-chart";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { getContract } from "@/lib/contracts/queries";
import {
  KPI_RATING_LABELS,
  KPI_RATING_SCORE,
  kpiAssessmentOverdue,
  kpiRequirement,
  MIN_KPIS,
} from "@/lib/contracts/kpi-rules";
import { formatDate, isoDate } from "@/lib/dates/format";

type Contract = NonNullable<Awaited<ReturnType<typeof getContract>>>;
type Rating = keyof typeof KPI_RATING_LABELS;

const TONE = {
  GOOD: "good",
  APPROACHING_TARGET: "info",
  REQUIRES_IMPROVEMENT: "warn",
  INADEQUATE: "bad",
  OTHER: "neutral",
} as const;

export function RatingBadge({ rating }: { rating: Rating }) {
  return <Badge tone={TONE[rating]}>{KPI_RATING_LABELS[rating]}</Badge>;
}

/** The Procurement Act duties as they stand today, then each KPI with its ratings over time. */
export function KpiPanel({ contract, today = new Date() }: { contract: Contract; today?: Date }) {
  const lastAssessedOn =
    contract.kpis.flatMap((k) => k.assessments.map((a) => a.assessedOn)).sort((a, b) => b.getTime() - a.getTime())[0] ??
    null;
  const requirement = kpiRequirement({
    value: contract.currentValue,
    kpiCount: contract.kpis.length,
    exemptionReason: contract.kpiExemptionReason,
  });
  const overdue = kpiAssessmentOverdue(
    {
      value: contract.currentValue,
      kpiCount: contract.kpis.length,
      awardDate: contract.awardDate,
      lastAssessedOn,
      status: contract.status,
    },
    today,
  );
  return (
    <div className="space-y-4">
      {requirement === "missing" ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          This contract is over £5m and has {contract.kpis.length} of the {MIN_KPIS} KPIs the Procurement Act 2023
          requires, and no recorded reason why KPIs are not appropriate.
        </p>
      ) : null}
      {requirement === "exempt" ? (
        <p className="text-slate-800">KPIs not appropriate: {contract.kpiExemptionReason}</p>
      ) : null}
      {overdue ? (
        <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          Assessment overdue: no KPI assessment in the last 12 months
          {lastAssessedOn ? ` (last on ${formatDate(lastAssessedOn)})` : ""}.
        </p>
      ) : null}
      {contract.kpis.length === 0 ? <p className="text-slate-700">No KPIs recorded.</p> : null}
      <ul className="space-y-6">
        {contract.kpis.map((kpi) => {
          const latest = kpi.assessments.at(-1);
          return (
            <li key={kpi.id} className="rounded-lg border border-slate-300 p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold text-slate-900">{kpi.name}</h3>
                {latest ? <RatingBadge rating={latest.rating} /> : <Badge tone="warn">Not yet assessed</Badge>}
              </div>
              <p className="text-sm text-slate-800">
                Measure: {kpi.measure} · Target: {kpi.target} · Accountable:{" "}
                <Link href={`/suppliers/${kpi.accountableSupplier.id}`} className="text-brand-700 underline">
                  {kpi.accountableSupplier.legalName}
                </Link>
              </p>
              {kpi.assessments.length > 0 ? (
                <div className="mt-3 flex flex-wrap gap-4">
                  <KpiHistoryChart
                    points={kpi.assessments.map((a) => ({
                      date: isoDate(a.assessedOn),
                      score: KPI_RATING_SCORE[a.rating],
                    }))}
                  />
                  <DataTable
                    caption={`Ratings of ${kpi.name}`}
                    captionVisible
                    rows={kpi.assessments}
                    rowKey={(a) => a.id}
                    columns={[
                      {
                        key: "assessed",
                        header: "Assessed",
                        cell: (a) => formatDate(a.assessedOn),
                        cellClassName: "whitespace-nowrap",
                      },
                      { key: "rating", header: "Rating", cell: (a) => <RatingBadge rating={a.rating} /> },
                      { key: "note", header: "Note", cell: (a) => a.note ?? "—" },
                    ]}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
