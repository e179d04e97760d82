import { recordAudit } from "@/lib/audit/record";
import { requireUser } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { csvResponse, csvStream, type CsvColumn } from "@/lib/csv";
import { iterateRegister, type RegisterRow } from "@/lib/contracts/queries";
import { ContractListParamsSchema, ROUTE_TO_MARKET_LABELS, STATUS_LABELS } from "@/lib/contracts/schema";
import { KPI_REQUIREMENT_LABELS } from "@/lib/contracts/kpi-rules";

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

// Money as exact decimals with two places and no symbol, so spreadsheets sum it.
const columns: CsvColumn<RegisterRow>[] = [
  { header: "Reference", value: (c) => c.reference },
  { header: "Title", value: (c) => c.title },
  { header: "Buyer", value: (c) => c.department.name },
  { header: "Lead partner", value: (c) => c.leadPartner.legalName },
  { header: "Current members", value: (c) => c.memberCount },
  { header: "Route to market", value: (c) => ROUTE_TO_MARKET_LABELS[c.routeToMarket] },
  { header: "Framework", value: (c) => (c.lot ? `${c.lot.framework.rmNumber} ${c.lot.framework.name}, Lot ${c.lot.number}` : "") },
  { header: "Status", value: (c) => STATUS_LABELS[c.status] },
  { header: "Award date", value: (c) => isoDate(c.awardDate) },
  { header: "End date", value: (c) => isoDate(c.endDate) },
  { header: "Award value (GBP)", value: (c) => c.awardValue.toFixed(2) },
  { header: "Current value (GBP)", value: (c) => c.currentValue.toFixed(2) },
  { header: "KPIs", value: (c) => c.kpiCount },
  { header: "KPI requirement", value: (c) => KPI_REQUIREMENT_LABELS[c.kpiRequirement] },
  { header: "KPI assessment overdue", value: (c) => (c.kpiOverdue ? "Yes" : "No") },
];

/** The register as filtered on screen (same query string), as CSV. Scoped to the caller like the page. */
export async function GET(request: Request) {
  const caller = await requireUser();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const params = ContractListParamsSchema.parse({ ...search, page: 1 });
  await recordAudit(db, { actor: caller, action: "export.contracts", entityType: "Export", departmentId: caller.departmentId, after: { format: "csv", filters: { ...params, page: undefined } } });
  const rows = iterateRegister(params);
  // Reads the first batch before answering, so a signed-out caller gets the sign-in redirect, not a broken file.
  const first = await rows.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* rows;
  }
  return csvResponse(`contracts-${new Date().toISOString().slice(0, 10)}.csv`, csvStream(columns, all()));
}
