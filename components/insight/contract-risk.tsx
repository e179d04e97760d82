import Link from "next/link";
import { ListCut } from "@/components/insight/list-cut";
import { link } from "@/components/insight/dashboard";
import type { getContractDashboard } from "@/lib/insight/contract-queries";
import { InsightChart } from "@/components/insight/chart";
import { COLORS } from "@/components/insight/colors";
import { ChartFigure } from "@/components/insight/chart-figure";
import { DataTable } from "@/components/ui/data-table";
import { KPI_RATING_LABELS } from "@/lib/contracts/kpi-rules";
import { formatCount, formatMoney } from "@/lib/format";

type ContractDashboard = Awaited<ReturnType<typeof getContractDashboard>>;
const ratingLabel = (rating: string) => KPI_RATING_LABELS[rating as keyof typeof KPI_RATING_LABELS] ?? rating;

/** Lock-in risk bands, latest KPI ratings and the riskiest contracts with their factors. */
export function ContractRisk({ d }: { d: ContractDashboard }) {
  return (
    <>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <ChartFigure
          id="lock-in"
          title="Lock-in risk of active contracts"
          description={
            <>
              Scores 0-100 from explainable factors.{" "}
              <Link className={link} href="/insight/lock-in-method">
                How the score works
              </Link>
              .
            </>
          }
          empty={d.lockIn.contracts === 0 ? "No active contracts match these filters" : null}
          chart={
            <InsightChart
              kind="bar"
              unit="count"
              rows={d.lockIn.distribution.map((b) => ({ label: b.label, contracts: b.contracts }))}
              series={[{ key: "contracts", label: "Contracts", color: COLORS.target }]}
            />
          }
          table={
            <DataTable
              caption="Active contracts by lock-in risk band"
              rows={d.lockIn.distribution}
              rowKey={(b) => b.key}
              columns={[
                { key: "b", header: "Risk band", cell: (b) => b.label },
                { key: "n", header: "Contracts", align: "right", cell: (b) => formatCount(b.contracts) },
              ]}
            />
          }
        />
        <ChartFigure
          id="kpi-ratings"
          title="KPI ratings"
          description="The latest rating of each KPI (Procurement Act 2023)."
          empty={d.ratings.length === 0 ? "No KPI assessments match these filters" : null}
          chart={
            <InsightChart
              kind="bar"
              unit="count"
              rows={d.ratings.map((r) => ({ label: ratingLabel(r.rating), kpis: Number(r.kpis) }))}
              series={[{ key: "kpis", label: "KPIs", color: COLORS.primary }]}
            />
          }
          table={
            <DataTable
              caption="KPIs by latest rating"
              rows={d.ratings}
              rowKey={(r) => r.rating}
              columns={[
                { key: "r", header: "Latest rating", cell: (r) => ratingLabel(r.rating) },
                { key: "n", header: "KPIs", align: "right", cell: (r) => formatCount(Number(r.kpis)) },
              ]}
            />
          }
        />
      </div>
      <section aria-labelledby="riskiest" className="mt-6 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="riskiest" className="mb-3 text-lg font-semibold text-slate-900">
          Riskiest contracts
        </h2>
        <DataTable
          caption="Riskiest active contracts with their factors"
          rows={d.lockIn.riskiest}
          rowKey={(c) => c.id}
          columns={[
            {
              key: "c",
              header: "Contract",
              cell: (c) => (
                <Link className={link} href={`/contracts/${c.id}`}>
                  {c.title}
                </Link>
              ),
            },
            { key: "l", header: "Lead partner", cell: (c) => c.leadPartnerName },
            { key: "v", header: "Value", align: "right", cell: (c) => formatMoney(c.currentValue) },
            {
              key: "s",
              header: "Score",
              align: "right",
              cell: (c) => (
                <Link className={link} href="/insight/lock-in-method">
                  {c.score}
                  <span className="sr-only"> out of 100, how the score works</span>
                </Link>
              ),
            },
            {
              key: "f",
              header: "Factors (weight: evidence)",
              cell: (c) => (
                <ul className="list-disc pl-4">
                  {c.factors.map((f) => (
                    <li key={f.key}>
                      <strong>{f.label}</strong> ({f.weight}): {f.evidence}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
        <ListCut shown={d.lockIn.riskiest.length} total={d.lockIn.contracts}>
          The lock-in export on the{" "}
          <Link className={link} href="/exports">
            Exports page
          </Link>{" "}
          scores every contract.
        </ListCut>
      </section>
    </>
  );
}
