// Builds OCDS 1.1 release packages from Partnerscope contracts. Pure: plain data in, JSON out.
// Consortia use the subcontracting extension's shape (awards[].hasSubcontracting, subcontracting.subcontracts[]),
// with the UK extension's subcontract description; shares are decimal proportions (0..1), as the extension says.
import { Decimal } from "decimal.js";
import { isoDate } from "@/lib/dates/format";
import type { Money, OcdsContractInput, Org } from "@/lib/ocds/export-input";
import { PUBLISHED_EXTENSION_URLS } from "@/lib/ocds/extensions";

/** Our registered-style prefix for contracts that did not come from Contracts Finder or Find a Tender. */
export const OCID_PREFIX = "ocds-pscope";
export const PUBLISHER = { name: "Partnerscope", uri: "https://github.com/partnerscope" };

const METHOD = { OPEN: "open", SELECTIVE: "selective", LIMITED: "limited", DIRECT: "direct" } as const;
const CONTRACT_STATUS = {
  PLANNED: "pending",
  ACTIVE: "active",
  TERMINATED: "terminated",
  EXPIRED: "terminated",
  CANCELLED: "cancelled",
} as const;

export const day = (d: Date) => d.toISOString();
export const gbp = (amount: Money) => ({ amount: Number(amount.toString()), currency: "GBP" });
export const partyId = (org: Org) =>
  org.companiesHouseNumber ? `GB-COH-${org.companiesHouseNumber}` : `${OCID_PREFIX}-supplier-${org.id}`;
export const departmentPartyId = (d: OcdsContractInput["department"]) =>
  d.identifier ? `GB-GOR-${d.identifier}` : `${OCID_PREFIX}-department-${d.id}`;

export function organisation(org: Org, roles: string[]) {
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
    {
      ...buyer,
      identifier: c.department.identifier
        ? { scheme: "GB-GOR", id: c.department.identifier, legalName: c.department.name }
        : undefined,
      roles: ["buyer", "procuringEntity", "payer"],
    },
    organisation(c.leadPartner, [
      "supplier",
      "tenderer",
      ...(paid.has(c.leadPartner.id) ? ["payee"] : []),
      ...(c.spend.some((s) => s.kind === "INDIRECT") ? ["payer"] : []),
    ]),
    ...uniqueBy(
      c.members.map((m) => m.supplier),
      (o) => o.id,
    )
      .filter((o) => o.id !== c.leadPartner.id)
      .map((o) => organisation(o, ["subcontractor", ...(paid.has(o.id) ? ["payee"] : [])])),
  ];
  const orgRef = (supplierId: string | null) => {
    if (!supplierId) return buyer;
    const org =
      supplierId === c.leadPartner.id ? c.leadPartner : c.members.find((m) => m.supplier.id === supplierId)?.supplier;
    return org
      ? { id: partyId(org), name: org.legalName }
      : { id: `${OCID_PREFIX}-supplier-${supplierId}`, name: "Unknown supplier" };
  };
  const awardId = c.ocdsAwardId ?? `${ocid}-award-1`;
  // Each contract of a process is its own release: its id names the contract as well as the version.
  const contractKey = c.ocdsContractId ? `-${c.ocdsContractId}` : "";
  return {
    ocid,
    id: `${ocid}${contractKey}-v${c.version}`,
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
      procurementMethod: c.procurementMethod ? METHOD[c.procurementMethod] : undefined,
      procurementMethodDetails: c.lot
        ? `Call-off from ${c.lot.framework.name} (${c.lot.framework.rmNumber}), Lot ${c.lot.number}: ${c.lot.name}`
        : c.routeToMarket.replaceAll("_", " ").toLowerCase(),
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
        subcontracting: c.members.length ? subcontracting(c.members) : undefined,
      },
    ],
    contracts: [
      {
        id: c.ocdsContractId ?? `${ocid}-contract-1`,
        awardID: awardId,
        title: c.title,
        status: CONTRACT_STATUS[c.status],
        period: { startDate: day(c.startDate), endDate: day(c.endDate) },
        value: gbp(c.currentValue),
        dateSigned: day(c.awardDate),
        amendments: c.amendments.map((a) => ({
          id: a.id,
          date: day(a.date),
          rationale: a.rationale,
          description: `${a.kind.toLowerCase().replaceAll("_", " ")}; value change £${a.valueChange.toString()}`,
        })),
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

/** A release package's metadata, without its releases (which are streamed: lib/ocds/export-stream.ts). */
export function releasePackageMetadata(publishedDate: Date, uri: string) {
  return {
    uri,
    version: "1.1",
    publishedDate: day(publishedDate),
    publisher: PUBLISHER,
    license: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    publicationPolicy: "https://github.com/partnerscope",
    extensions: [...PUBLISHED_EXTENSION_URLS],
  };
}

/** A whole package in memory: for tests and small sets. */
export function buildReleasePackage(contracts: OcdsContractInput[], publishedDate: Date, uri: string) {
  return { ...releasePackageMetadata(publishedDate, uri), releases: contracts.map(buildRelease) };
}

/** The consortium: each member's role and pledged share; the total pledged to current members as the minimum subcontracted. */
function subcontracting(members: OcdsContractInput["members"]) {
  const pledged = members
    .filter((m) => !m.leftOn)
    .reduce((sum, m) => sum.plus(m.pledgedSharePercent.toString()), new Decimal(0));
  return {
    minimumPercentage: Decimal.min(pledged.div(100), 1).toNumber(),
    subcontracts: members.map((m) => ({
      id: m.id,
      subcontractor: { id: partyId(m.supplier), name: m.supplier.legalName },
      description: `${m.role}: pledged ${new Decimal(m.pledgedSharePercent.toString()).toString()}% of contract value, from ${isoDate(m.joinedOn)}${m.leftOn ? ` to ${isoDate(m.leftOn)}` : ""}`,
    })),
  };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
