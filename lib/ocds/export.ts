// Builds OCDS 1.1 release packages from Partnerscope contracts. Pure: plain data in, JSON out.
// Consortia use the subcontracting extension's shape (awards[].hasSubcontracting, subcontracting.subcontracts[]).

/** Our registered-style prefix for contracts that did not come from Contracts Finder or Find a Tender. */
export const OCID_PREFIX = "ocds-pscope";
export const PUBLISHER = { name: "Partnerscope", uri: "https://github.com/partnerscope" };

type Money = { toString(): string };
type Org = { id: string; legalName: string; companiesHouseNumber: string | null };

export type OcdsContractInput = {
  id: string;
  ocid: string | null;
  reference: string | null;
  title: string;
  description: string | null;
  routeToMarket: string;
  procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT";
  directAwardJustification: string | null;
  numberOfTenderers: number | null;
  awardValue: Money;
  currentValue: Money;
  awardDate: Date;
  startDate: Date;
  endDate: Date;
  status: "PLANNED" | "ACTIVE" | "TERMINATED" | "EXPIRED" | "CANCELLED";
  updatedAt: Date;
  version: number;
  department: { id: string; name: string; identifier: string | null };
  leadPartner: Org;
  lot: { number: string; name: string; framework: { rmNumber: string; name: string } } | null;
  members: Array<{ id: string; role: string; pledgedSharePercent: Money; joinedOn: Date; leftOn: Date | null; supplier: Org }>;
  amendments: Array<{ id: string; date: Date; kind: string; rationale: string; valueChange: Money }>;
  spend: Array<{ id: string; kind: "DIRECT" | "INDIRECT"; paidOn: Date; amount: Money; payerSupplierId: string | null; payeeSupplierId: string }>;
};

const METHOD = { OPEN: "open", SELECTIVE: "selective", LIMITED: "limited", DIRECT: "direct" } as const;
const CONTRACT_STATUS = { PLANNED: "pending", ACTIVE: "active", TERMINATED: "terminated", EXPIRED: "terminated", CANCELLED: "cancelled" } as const;

const day = (d: Date) => d.toISOString();
const gbp = (amount: Money) => ({ amount: Number(amount.toString()), currency: "GBP" });
const partyId = (org: Org) => (org.companiesHouseNumber ? `GB-COH-${org.companiesHouseNumber}` : `${OCID_PREFIX}-supplier-${org.id}`);
const departmentPartyId = (d: OcdsContractInput["department"]) => (d.identifier ? `GB-GOR-${d.identifier}` : `${OCID_PREFIX}-department-${d.id}`);

function organisation(org: Org, roles: string[]) {
  return {
    id: partyId(org),
    name: org.legalName,
    identifier: org.companiesHouseNumber
      ? { scheme: "GB-COH", id: org.companiesHouseNumber, legalName: org.legalName }
      : { scheme: "GB-PSCOPE", id: org.id, legalName: org.legalName },
    roles,
  };
}

export function ocidFor(contract: Pick<OcdsContractInput, "id" | "ocid">): string {
  return contract.ocid ?? `${OCID_PREFIX}-${contract.id}`;
}

export function buildRelease(c: OcdsContractInput) {
  const ocid = ocidFor(c);
  const buyer = { id: departmentPartyId(c.department), name: c.department.name };
  const paid = new Set(c.spend.map((s) => s.payeeSupplierId));
  const parties = [
    { ...buyer, identifier: c.department.identifier ? { scheme: "GB-GOR", id: c.department.identifier, legalName: c.department.name } : undefined, roles: ["buyer", "procuringEntity", "payer"] },
    organisation(c.leadPartner, ["supplier", "tenderer", ...(paid.has(c.leadPartner.id) ? ["payee"] : []), ...(c.spend.some((s) => s.kind === "INDIRECT") ? ["payer"] : [])]),
    ...uniqueBy(c.members.map((m) => m.supplier), (o) => o.id)
      .filter((o) => o.id !== c.leadPartner.id)
      .map((o) => organisation(o, ["subcontractor", ...(paid.has(o.id) ? ["payee"] : [])])),
  ];
  const orgRef = (supplierId: string | null) => {
    if (!supplierId) return buyer;
    const org = supplierId === c.leadPartner.id ? c.leadPartner : c.members.find((m) => m.supplier.id === supplierId)?.supplier;
    return org ? { id: partyId(org), name: org.legalName } : { id: `${OCID_PREFIX}-supplier-${supplierId}`, name: "Unknown supplier" };
  };
  const awardId = `${ocid}-award-1`;
  return {
    ocid,
    id: `${ocid}-v${c.version}`,
    date: day(c.updatedAt),
    tag: ["award", "contract", ...(c.spend.length ? ["implementation"] : [])],
    initiationType: "tender",
    language: "en",
    parties,
    buyer,
    tender: {
      id: c.reference ?? `${ocid}-tender`,
      title: c.title,
      description: c.description ?? undefined,
      status: "complete",
      procurementMethod: METHOD[c.procurementMethod],
      procurementMethodDetails: c.lot ? `Call-off from ${c.lot.framework.name} (${c.lot.framework.rmNumber}), Lot ${c.lot.number}: ${c.lot.name}` : c.routeToMarket.replaceAll("_", " ").toLowerCase(),
      procurementMethodRationale: c.directAwardJustification ?? undefined,
      numberOfTenderers: c.numberOfTenderers ?? undefined,
    },
    awards: [
      {
        id: awardId,
        title: c.title,
        status: c.status === "CANCELLED" ? "cancelled" : "active",
        date: day(c.awardDate),
        value: gbp(c.awardValue),
        suppliers: [{ id: partyId(c.leadPartner), name: c.leadPartner.legalName }],
        contractPeriod: { startDate: day(c.startDate), endDate: day(c.endDate) },
        hasSubcontracting: c.members.length > 0,
        subcontracting: c.members.length
          ? {
              subcontracts: c.members.map((m) => ({
                id: m.id,
                subcontractor: { id: partyId(m.supplier), name: m.supplier.legalName },
                description: m.role,
                minimumPercentage: Number(m.pledgedSharePercent.toString()),
                period: { startDate: day(m.joinedOn), endDate: m.leftOn ? day(m.leftOn) : undefined },
              })),
            }
          : undefined,
      },
    ],
    contracts: [
      {
        id: `${ocid}-contract-1`,
        awardID: awardId,
        title: c.title,
        status: CONTRACT_STATUS[c.status],
        period: { startDate: day(c.startDate), endDate: day(c.endDate) },
        value: gbp(c.currentValue),
        dateSigned: day(c.awardDate),
        amendments: c.amendments.map((a) => ({ id: a.id, date: day(a.date), rationale: a.rationale, description: `${a.kind.toLowerCase().replaceAll("_", " ")}; value change £${a.valueChange.toString()}` })),
        implementation: {
          transactions: c.spend.map((s) => ({
            id: s.id,
            source: "https://www.gov.uk/government/collections/spending-over-25-000",
            date: day(s.paidOn),
            value: gbp(s.amount),
            payer: orgRef(s.kind === "DIRECT" ? null : s.payerSupplierId),
            payee: orgRef(s.payeeSupplierId),
          })),
        },
      },
    ],
  };
}

export function buildReleasePackage(contracts: OcdsContractInput[], publishedDate: Date, uri: string) {
  return {
    uri,
    version: "1.1",
    publishedDate: day(publishedDate),
    publisher: PUBLISHER,
    license: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    publicationPolicy: "https://github.com/partnerscope",
    extensions: ["https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json"],
    releases: contracts.map(buildRelease),
  };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
