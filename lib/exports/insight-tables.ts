import "server-only";
import type { Caller } from "@/lib/access/caller";
import type { TableColumn } from "@/lib/exports/table";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { getPartnershipDashboard } from "@/lib/insight/partnership-queries";
import { getSpendDashboard } from "@/lib/insight/queries";
import type { InsightFilters } from "@/lib/insight/schema";
import { isoDate } from "@/lib/dates/format";

// The dashboards' tables as files: each built from the same query as the screen it mirrors. The lock-in table,
// every scored contract, streams from SQL instead (lib/exports/lock-in.ts).
type Table<Row> = { columns: TableColumn<Row>[]; rows: (caller: Caller, filters: InsightFilters) => Promise<Row[]> };
const day = (d: Date | null) => (d ? isoDate(d) : null);

const smeShare: Table<Awaited<ReturnType<typeof getSpendDashboard>>["smeYears"][number]> = {
  rows: async (_caller, filters) => (await getSpendDashboard(filters)).smeYears,
  columns: [
    { header: "Department", value: (r) => r.departmentName },
    { header: "Financial year ending March", value: (r) => r.financialYearEnd, kind: "integer" },
    { header: "Direct spend", value: (r) => r.directTotal.toFixed(2), kind: "money" },
    { header: "Direct spend to SMEs", value: (r) => r.directSme.toFixed(2), kind: "money" },
    { header: "Indirect spend to SMEs", value: (r) => r.indirectSme.toFixed(2), kind: "money" },
    { header: "Direct SME share", value: (r) => r.share.direct.toDecimalPlaces(4).toString(), kind: "percent" },
    { header: "Indirect SME share", value: (r) => r.share.indirect.toDecimalPlaces(4).toString(), kind: "percent" },
    { header: "Total SME share", value: (r) => r.share.total.toDecimalPlaces(4).toString(), kind: "percent" },
    {
      header: "Direct target",
      value: (r) => (r.directTarget ? r.directTarget.div(100).toString() : null),
      kind: "percent",
    },
    {
      header: "Indirect target",
      value: (r) => (r.indirectTarget ? r.indirectTarget.div(100).toString() : null),
      kind: "percent",
    },
  ],
};

type KpiRow = {
  kind: string;
  contract: string;
  reference: string | null;
  department: string;
  detail: string;
  date: string | null;
};
const kpis: Table<KpiRow> = {
  rows: async (_caller, filters) => {
    const dashboard = await getContractDashboard(filters);
    return [
      ...dashboard.ratings.map((r) => ({
        kind: "Latest rating count",
        contract: "",
        reference: null,
        department: "",
        detail: `${r.rating}: ${Number(r.kpis)}`,
        date: null,
      })),
      ...dashboard.overdue.rows.map((o) => ({
        kind: "Assessment overdue",
        contract: o.title,
        reference: o.reference,
        department: o.departmentName,
        detail: `${Number(o.kpis)} KPIs; value £${o.currentValue.toFixed(2)}`,
        date: day(o.lastAssessedOn),
      })),
    ];
  },
  columns: [
    { header: "Kind", value: (r) => r.kind },
    { header: "Contract", value: (r) => r.contract },
    { header: "Reference", value: (r) => r.reference },
    { header: "Department", value: (r) => r.department },
    { header: "Detail", value: (r) => r.detail },
    { header: "Last assessed", value: (r) => r.date, kind: "date" },
  ],
};

type MemberRow = {
  contract: string;
  reference: string | null;
  department: string;
  lead: string;
  member: string;
  pledged: string;
  delivered: string;
  received: string;
  tokenism: boolean;
};
const partnerships: Table<MemberRow> = {
  rows: async (_caller, filters) =>
    (await getPartnershipDashboard(filters)).partnerships.flatMap((p) =>
      p.members.map((m) => ({
        contract: p.title,
        reference: p.reference,
        department: p.departmentName,
        lead: p.leadPartnerName,
        member: m.legalName,
        pledged: m.pledged.toString(),
        delivered: m.delivered.toDecimalPlaces(4).toString(),
        received: m.received,
        tokenism: m.tokenism,
      })),
    ),
  columns: [
    { header: "Contract", value: (r) => r.contract },
    { header: "Reference", value: (r) => r.reference },
    { header: "Department", value: (r) => r.department },
    { header: "Lead partner", value: (r) => r.lead },
    { header: "Member", value: (r) => r.member },
    { header: "Pledged share", value: (r) => r.pledged, kind: "percent" },
    { header: "Delivered share", value: (r) => r.delivered, kind: "percent" },
    { header: "Received", value: (r) => r.received, kind: "money" },
    { header: "Much less than pledged", value: (r) => (r.tokenism ? "Yes" : "No") },
  ],
};

export const INSIGHT_TABLES = { "sme-share": smeShare, kpis, partnerships } as const;
export type InsightTableName = keyof typeof INSIGHT_TABLES;
