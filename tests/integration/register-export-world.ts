// A register to export: three departments, contracts with awkward text, KPIs, members past and present, and
// a caller of each kind; the page's rows (listContracts) and the CSV's, to compare.
import Papa from "papaparse";
import { expect } from "vitest";
import { GET } from "@/app/api/contracts/export/route";
import { KPI_REQUIREMENT_LABELS } from "@/lib/contracts/kpi-rules";
import { listContracts } from "@/lib/contracts/queries";
import { ContractListParamsSchema, ROUTE_TO_MARKET_LABELS, STATUS_LABELS } from "@/lib/contracts/schema";
import type { CsvColumn } from "@/lib/csv";
import { isoDate } from "@/lib/dates/format";
import { db } from "@/lib/db";
import {
  addMember,
  createContract,
  createDepartment,
  createKpi,
  createLot,
  createSupplier,
  createUser,
} from "@/tests/factories";

export type Row = Awaited<ReturnType<typeof listContracts>>["rows"][number];

// The columns as the CSV wrote them from the page's rows before it moved to COPY: the values to keep.
export const PAGE_COLUMNS: CsvColumn<Row>[] = [
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

const months = (n: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
};
/** The world, its contracts titled and its suppliers named with `tag`. */
export async function buildRegister(tag: string) {
  const [a, b, c] = await Promise.all([createDepartment(), createDepartment(), createDepartment()]);
  const [lead, otherLead, member, former] = await Promise.all([
    createSupplier({ legalName: `Lead ${tag} Ltd` }),
    createSupplier({ legalName: `Other Lead ${tag} plc` }),
    createSupplier({ legalName: `Member ${tag} LLP` }),
    createSupplier({ legalName: `Former ${tag} Ltd` }),
  ]);
  const lot = await createLot();
  const big = (value: string) => ({ awardValue: value, currentValue: value });
  const soon = months(2);
  const alpha = await createContract(a.id, lead.id, {
    title: `${tag} alpha`,
    reference: `ALP-${tag}`,
    lotId: lot.id,
    routeToMarket: "FRAMEWORK_CALL_OFF",
    endDate: soon,
    ...big("6000000.00"),
  });
  const kpis = await Promise.all([1, 2, 3].map(() => createKpi(alpha.id, lead.id)));
  await db.kpiAssessment.create({ data: { kpiId: kpis[0]!.id, assessedOn: months(-2), rating: "GOOD" } });
  await addMember(alpha.id, member.id);
  await createContract(a.id, lead.id, { title: `=${tag} formula, "quoted"\nsecond line`, endDate: months(40) });
  const gamma = await createContract(a.id, lead.id, {
    title: `${tag} gamma_under`,
    status: "EXPIRED",
    endDate: months(1),
    kpiExemptionReason: " \u00a0 ",
    ...big("6000000.00"),
  });
  await Promise.all([1, 2].map(() => createKpi(gamma.id, lead.id)));
  await createContract(a.id, lead.id, { title: `${tag} delta`, status: "PLANNED", endDate: months(6) });
  await createContract(a.id, otherLead.id, {
    title: `${tag} epsilon`,
    reference: `EPS-${tag}`,
    kpiExemptionReason: "Commodity licences",
    routeToMarket: "DIRECT_AWARD",
    ...big("9000000.00"),
  });
  // Same end date and value as alpha: the order between them is the id's.
  await createContract(a.id, lead.id, { title: `${tag} zeta`, endDate: soon, ...big("6000000.00") });
  const eta = await createContract(b.id, otherLead.id, {
    title: `${tag} eta`,
    awardDate: new Date("2020-01-01"),
    ...big("7000000.00"),
  });
  await Promise.all([1, 2, 3].map(() => createKpi(eta.id, otherLead.id)));
  await addMember(eta.id, member.id);
  const theta = await createContract(b.id, lead.id, { title: `${tag} theta`, endDate: months(11) });
  await addMember(theta.id, former.id, { leftOn: new Date("2024-06-01") });
  await createContract(c.id, otherLead.id, { title: `${tag} iota`, status: "CANCELLED", reference: "" });
  await createContract(c.id, lead.id, { title: `${tag} kappa`, awardValue: "0.50", currentValue: "0.50" });
  const users = {
    admin: await createUser("ADMIN"),
    leadOfA: await createUser("COMMERCIAL_LEAD", { departmentId: a.id }),
    auditorOfAC: await createUser("AUDITOR", { grantedDepartmentIds: [a.id, c.id] }),
    supplierMember: await createUser("SUPPLIER_USER", { supplierId: member.id }),
  };
  return { a, b, c, lot, users };
}

/** Every row the register page shows for these filters, page after page. */
export async function pageRows(query: Record<string, string>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const result = await listContracts(ContractListParamsSchema.parse({ ...query, page: String(page) }));
    rows.push(...result.rows);
    if (page >= result.pageCount) return rows;
  }
}

export async function download(query: Record<string, string>) {
  const response = await GET(new Request(`http://localhost/api/contracts/export?${new URLSearchParams(query)}`));
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString("utf8");
}
export const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
