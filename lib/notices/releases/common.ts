// The parts every notice's release shares: ids, parties (with the UK extension's supplier details), the buyer,
// and the document that names the notice type (Find a Tender's documents[].noticeType).
import { OCID_PREFIX, PUBLISHER, day, departmentPartyId, gbp, ocidFor, organisation, partyId } from "@/lib/ocds/export";
import type { NoticeContract, NoticeSupplier } from "./source";

export { day, gbp, partyId };

export const NOTICE_EXTENSIONS = [
  "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
];

const slug = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A release id unique to the duty the notice answers: one notice per duty. */
export const releaseId = (ocid: string, obligationKey: string) => `${ocid}-${slug(obligationKey)}`;

function supplierParty(s: NoticeSupplier, roles: string[]) {
  return {
    ...organisation(s, roles),
    // partyScale from the SME declaration at award; VCSE from the supplier's record (UK extension). Supported
    // employer and public service mutual status are not held by the register, so they are left out.
    details: { ...(s.smeAtAward === null ? {} : { scale: s.smeAtAward ? "sme" : "large" }), vcse: s.isVcse },
  };
}

export function contractBase(c: NoticeContract, obligationKey: string, date: Date, tag: string[]) {
  const ocid = ocidFor(c);
  const buyer = { id: departmentPartyId(c.department), name: c.department.name };
  const members = c.members.filter((m) => m.supplier.id !== c.leadPartner.id);
  const parties = [
    {
      ...buyer,
      ...(c.department.identifier
        ? { identifier: { scheme: "GB-GOR", id: c.department.identifier, legalName: c.department.name } }
        : {}),
      roles: ["buyer"],
    },
    supplierParty(c.leadPartner, ["supplier"]),
    ...members
      .filter((m, i) => members.findIndex((o) => o.supplier.id === m.supplier.id) === i)
      .map((m) => supplierParty(m.supplier, ["subcontractor"])),
  ];
  return {
    ocid,
    id: releaseId(ocid, obligationKey),
    date: day(date),
    tag,
    initiationType: "tender",
    language: "en",
    parties,
    buyer,
  };
}

export const supplierRef = (s: NoticeSupplier) => ({ id: partyId(s), name: s.legalName });

export function noticeDocument(type: string, documentType: string, title: string, date: Date) {
  return { id: `${type}-1`, documentType, noticeType: type, title, datePublished: day(date), language: "en" };
}

export const pipelineOcid = (departmentId: string, year: number) => `${OCID_PREFIX}-pipeline-${departmentId}-${year}`;

export const awardId = (c: NoticeContract) => `${ocidFor(c)}-award-1`;
export const contractId = (c: NoticeContract) => `${ocidFor(c)}-contract-1`;

/** Release packages of notices: the Find a Tender extensions are declared; publisher and licence as the OCDS export's. */
export function noticePackage(releases: unknown[], publishedDate: Date, uri: string) {
  return {
    uri,
    version: "1.1",
    publishedDate: day(publishedDate),
    publisher: PUBLISHER,
    license: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    publicationPolicy: "https://github.com/partnerscope",
    extensions: NOTICE_EXTENSIONS,
    releases,
  };
}
