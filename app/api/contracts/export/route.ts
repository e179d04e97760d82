import { requireUser } from "@/lib/access/caller";
import { csvResponse, csvStream, type CsvColumn } from "@/lib/csv";
import { iterateRegister, type RegisterRow } from "@/lib/contracts/queries";
import { ContractListParamsSchema, ROUTE_TO_MARKET_LABELS, STATUS_LABELS } from "@/lib/contracts/schema";
import { KPI_REQUIREMENT_LABELS } from "@/lib/contracts/kpi-rules";
import { badExportRequest, recordExport } from "@/lib/exports/respond";
import { RegisterExportParamsSchema } from "@/lib/exports/schema";
import { isoDate, ukIsoDate } from "@/lib/dates/format";

// Money as exact decimals with two places and no symbol, so spreadsheets sum it.
const columns: CsvColumn<RegisterRow>[] = [
  { header: "Reference", value: (c) => c.reference },
  { header: "Title", value: (c) => c.title },
  { header: "Buyer", value: (c) => c.department.name },
  { header: "Lead partner", value: (c) => c.leadPartner.legalName },
  { header: "Current members", value: (c) => c.memberCount, kind: "integer" },
  { header: "Route to market", value: (c) => ROUTE_TO_MARKET_LABELS[c.routeToMarket] },
  {
    header: "Framework",
    value: (c) => (c.lot ? `${c.lot.framework.rmNumber} ${c.lot.framework.name}, Lot ${c.lot.number}` : ""),
  },
  { header: "Status", value: (c) => STATUS_LABELS[c.status] },
  { header: "Award date", value: (c) => isoDate(c.awardDate), kind: "date" },
  { header: "End date", value: (c) => isoDate(c.endDate), kind: "date" },
  { header: "Award value (GBP)", value: (c) => c.awardValue.toFixed(2), kind: "money" },
  { header: "Current value (GBP)", value: (c) => c.currentValue.toFixed(2), kind: "money" },
  { header: "KPIs", value: (c) => c.kpiCount, kind: "integer" },
  { header: "KPI requirement", value: (c) => KPI_REQUIREMENT_LABELS[c.kpiRequirement] },
  { header: "KPI assessment overdue", value: (c) => (c.kpiOverdue ? "Yes" : "No") },
];

/** The register as filtered on screen (same query string), as CSV. Scoped to the caller like the page. */
export async function GET(request: Request) {
  const caller = await requireUser();
  const parsed = RegisterExportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return badExportRequest(parsed.error);
  const params = ContractListParamsSchema.parse({ ...parsed.data, page: 1 });
  const rows = iterateRegister(params);
  // Reads the first batch before answering (and recording), so a failing query is an error, not a broken file.
  const first = await rows.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* rows;
  }
  await recordExport(
    caller,
    "contracts",
    { format: "csv", filters: { ...params, page: undefined } },
    caller.departmentId,
  );
  return csvResponse(`contracts-${ukIsoDate()}.csv`, csvStream(columns, all()));
}
