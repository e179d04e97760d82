import Link from "next/link";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { listContracts } from "@/lib/contracts/queries";
import { ROUTE_TO_MARKET_LABELS } from "@/lib/contracts/schema";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";

type Row = Awaited<ReturnType<typeof listContracts>>["rows"][number];

const columns: Column<Row>[] = [
  {
    key: "title",
    header: "Contract",
    sortKey: "title",
    cell: (c) => (
      <>
        <Link href={`/contracts/${c.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
          {c.title}
        </Link>
        <div className="text-xs text-slate-700">
          {c.reference ?? "No reference"} · {c.department.name}
        </div>
      </>
    ),
  },
  {
    key: "lead",
    header: "Lead partner",
    cell: (c) => (
      <>
        {c.leadPartner.legalName}
        {c.memberCount > 0 ? (
          <div className="text-xs text-slate-700">
            + {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
          </div>
        ) : null}
      </>
    ),
  },
  { key: "route", header: "Route to market", cell: (c) => ROUTE_TO_MARKET_LABELS[c.routeToMarket] },
  { key: "status", header: "Status", cell: (c) => <ContractStatusBadge status={c.status} /> },
  { key: "award", header: "Awarded", sortKey: "awardDate", cell: (c) => formatDate(c.awardDate) },
  { key: "end", header: "Ends", sortKey: "endDate", cell: (c) => formatDate(c.endDate) },
  {
    key: "value",
    header: "Current value",
    sortKey: "currentValue",
    align: "right",
    cell: (c) => formatMoney(c.currentValue),
  },
  { key: "kpis", header: "KPIs", cell: (c) => <KpiFlags row={c} /> },
];

export function ContractTable({ rows, sort }: { rows: Row[]; sort: Parameters<typeof DataTable<Row>>[0]["sort"] }) {
  return <DataTable caption="Contracts" columns={columns} rows={rows} rowKey={(c) => c.id} sort={sort} />;
}

/** Procurement Act flags: over £5m without three KPIs (or a reason), and assessments overdue. */
function KpiFlags({ row }: { row: Row }) {
  if (row.kpiRequirement === "not-required") return <span className="text-slate-700">—</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {row.kpiRequirement === "missing" ? <Badge tone="warn">KPIs missing</Badge> : null}
      {row.kpiRequirement === "met" ? <Badge tone="good">{row.kpiCount} KPIs</Badge> : null}
      {row.kpiRequirement === "exempt" ? <Badge tone="neutral">Reason recorded</Badge> : null}
      {row.kpiOverdue ? <Badge tone="bad">Assessment overdue</Badge> : null}
    </span>
  );
}
