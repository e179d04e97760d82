import Link from "next/link";
import { link } from "@/components/insight/dashboard";
import type { getContractDashboard } from "@/lib/insight/contract-queries";
import { Badge } from "@/components/ui/badge";
import { Stat } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { ListCut } from "@/components/insight/list-cut";
import { formatDate } from "@/lib/dates/format";
import { formatCount, formatMoney } from "@/lib/format";

type ContractDashboard = Awaited<ReturnType<typeof getContractDashboard>>;

/** Contracts ending in the next 18 months, and contracts over £5m overdue a KPI assessment. */
export function RenewalPipeline({ d }: { d: ContractDashboard }) {
  return (
    <>
      <section aria-labelledby="renewals" className="mt-6 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="renewals" className="mb-3 text-lg font-semibold text-slate-900">
          Renewal pipeline: the next 18 months
        </h2>
        <dl className="mb-4 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat label="Contracts ending" value={formatCount(d.renewals.contracts)} />
          <Stat label="Re-procurement late" value={formatCount(d.renewals.late)} />
          <Stat label="Value ending" value={formatMoney(d.renewals.value)} />
          <Stat label="Extensions used so far" value={formatCount(d.renewals.extensions)} />
        </dl>
        <DataTable
          caption="Contracts ending in the next 18 months, most urgent first"
          rows={d.renewals.rows}
          rowKey={(r) => r.id}
          columns={[
            {
              key: "c",
              header: "Contract",
              cell: (r) => (
                <Link className={link} href={`/contracts/${r.id}`}>
                  {r.title}
                </Link>
              ),
            },
            { key: "d", header: "Department", cell: (r) => r.departmentName },
            { key: "v", header: "Value", align: "right", cell: (r) => formatMoney(r.currentValue) },
            { key: "e", header: "Ends", cell: (r) => formatDate(r.endDate) },
            {
              key: "s",
              header: "Start re-procurement by",
              cell: (r) => (
                <>
                  {formatDate(r.startBy)} {r.late ? <Badge tone="bad">Late</Badge> : null}
                </>
              ),
            },
            { key: "x", header: "Extensions used", align: "right", cell: (r) => formatCount(r.extensionsUsed) },
          ]}
        />
        <ListCut shown={d.renewals.rows.length} total={d.renewals.contracts}>
          <Link className={link} href="/contracts?ending=18&sort=endDate">
            All contracts ending in the next 18 months
          </Link>{" "}
          are in the contract register.
        </ListCut>
      </section>
      <section aria-labelledby="overdue" className="mt-6 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="overdue" className="mb-1 text-lg font-semibold text-slate-900">
          Overdue KPI assessments
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {formatCount(d.overdue.count)} active contracts over £5m have no KPI assessment in the last 12 months
          (Procurement Act 2023).
        </p>
        <DataTable
          caption="Contracts over £5m without a KPI assessment in the last 12 months"
          rows={d.overdue.rows}
          rowKey={(r) => r.id}
          columns={[
            {
              key: "c",
              header: "Contract",
              cell: (r) => (
                <Link className={link} href={`/contracts/${r.id}`}>
                  {r.title}
                </Link>
              ),
            },
            { key: "d", header: "Department", cell: (r) => r.departmentName },
            { key: "v", header: "Value", align: "right", cell: (r) => formatMoney(r.currentValue) },
            { key: "k", header: "KPIs", align: "right", cell: (r) => formatCount(Number(r.kpis)) },
            {
              key: "l",
              header: "Last assessed",
              cell: (r) => (r.lastAssessedOn ? formatDate(r.lastAssessedOn) : "Never"),
            },
          ]}
        />
        <ListCut shown={d.overdue.rows.length} total={d.overdue.count}>
          The KPI export on the{" "}
          <Link className={link} href="/exports">
            Exports page
          </Link>{" "}
          lists them all.
        </ListCut>
      </section>
    </>
  );
}
