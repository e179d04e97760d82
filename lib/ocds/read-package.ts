// Reads an OCDS 1.1 release package (Contracts Finder ocds-b5fd17-, Find a Tender ocds-h6vhtk-) into
// the facts Partnerscope records. Pure. Missing essentials are problems (the package is refused, each
// with its JSON path); harmless deviations are warnings and the rest is imported.
import Decimal from "decimal.js";
import releaseSchema from "@/lib/ocds/schema/release-schema.json";

export type OcdsIssue = { path: string; message: string };
type Json = Record<string, unknown>;

export type OcdsOrganisation = { partyId: string; name: string; companiesHouseNumber: string | null; identifiers: { scheme: string; id: string }[] };
export type OcdsPeriod = { startDate: Date | null; endDate: Date | null };

export type OcdsReleaseFacts = {
  ocid: string;
  releaseId: string;
  date: Date;
  buyer: { name: string; identifier: string | null } | null;
  title: string | null;
  description: string | null;
  procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT" | null;
  procurementMethodDetails: string | null;
  numberOfTenderers: number | null;
  smeSuitable: boolean | null;
  award: { value: string | null; date: Date | null; supplier: OcdsOrganisation | null; period: OcdsPeriod | null } | null;
  contract: { value: string | null; period: OcdsPeriod | null; dateSigned: Date | null; status: string | null } | null;
};

const KNOWN_RELEASE_FIELDS = new Set(Object.keys((releaseSchema as { properties: Json }).properties));
const METHODS = { open: "OPEN", selective: "SELECTIVE", limited: "LIMITED", direct: "DIRECT" } as const;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function date(v: unknown): Date | null {
  if (typeof v !== "string") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

// JSON numbers arrive as doubles; their shortest decimal form is the publisher's own text for any
// amount with at most 15 significant digits, so money is taken from that text, exactly.
function amount(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(String(v)).toFixed(2);
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return new Decimal(v.trim()).toFixed(2);
  return null;
}

export function readReleasePackage(pkg: unknown): { problems: OcdsIssue[]; warnings: OcdsIssue[]; releases: OcdsReleaseFacts[] } {
  const problems: OcdsIssue[] = [];
  const warnings: OcdsIssue[] = [];
  const releases: OcdsReleaseFacts[] = [];
  if (!isObject(pkg) || !Array.isArray(pkg.releases)) {
    return { problems: [{ path: "releases", message: "Not a release package: no releases array" }], warnings, releases };
  }
  pkg.releases.forEach((raw, i) => {
    const at = `releases[${i}]`;
    if (!isObject(raw)) return problems.push({ path: at, message: "A release must be an object" });
    const before = problems.length;
    const ocid = text(raw.ocid);
    if (!ocid) problems.push({ path: `${at}.ocid`, message: "Missing ocid" });
    const releaseId = text(raw.id);
    if (!releaseId) problems.push({ path: `${at}.id`, message: "Missing release id" });
    const released = date(raw.date);
    if (!released) problems.push({ path: `${at}.date`, message: raw.date === undefined ? "Missing release date" : "Release date is not a date" });
    for (const key of Object.keys(raw)) {
      if (!KNOWN_RELEASE_FIELDS.has(key)) warnings.push({ path: `${at}.${key}`, message: "Field from an extension Partnerscope does not use: ignored" });
    }

    const parties = new Map<string, Json>();
    array(raw.parties).forEach((p) => isObject(p) && typeof p.id === "string" && parties.set(p.id, p));
    const organisation = (ref: unknown, path: string): OcdsOrganisation | null => {
      const id = isObject(ref) ? text(ref.id) : null;
      const party = id ? parties.get(id) : undefined;
      if (!id || !party) {
        problems.push({ path, message: id ? `Supplier "${id}" is not among the release's parties` : "Supplier without an id" });
        return null;
      }
      const identifiers = [party.identifier, ...array(party.additionalIdentifiers)]
        .filter(isObject)
        .map((x) => ({ scheme: String(x.scheme ?? ""), id: String(x.id ?? "").trim() }))
        .filter((x) => x.scheme && x.id);
      const coh = identifiers.find((x) => x.scheme === "GB-COH")?.id.toUpperCase().padStart(8, "0") ?? null;
      return { partyId: id, name: text(party.name) ?? text(isObject(ref) ? ref.name : null) ?? id, companiesHouseNumber: coh, identifiers };
    };
    const value = (v: unknown, path: string): string | null => {
      if (v === undefined || v === null) return null;
      const a = isObject(v) ? amount(v.amount) : null;
      if (a === null) problems.push({ path: `${path}.amount`, message: "A value without an amount" });
      else if (isObject(v) && v.currency !== undefined && v.currency !== "GBP") warnings.push({ path: `${path}.currency`, message: `Currency ${String(v.currency)} is recorded as pounds` });
      return a;
    };
    const period = (v: unknown): OcdsPeriod | null => (isObject(v) ? { startDate: date(v.startDate), endDate: date(v.endDate) } : null);

    array(raw.awards).forEach((a, j) => {
      if (!isObject(a)) return;
      array(a.suppliers).forEach((s, k) => organisation(s, `${at}.awards[${j}].suppliers[${k}].id`));
      value(a.value, `${at}.awards[${j}].value`);
    });
    array(raw.contracts).forEach((c, j) => isObject(c) && value(c.value, `${at}.contracts[${j}].value`));
    const tender = isObject(raw.tender) ? raw.tender : {};
    if (tender.value !== undefined) value(tender.value, `${at}.tender.value`);
    array(tender.documents).forEach((d, j) => {
      const url = isObject(d) ? d.url : undefined;
      if (url !== undefined && (typeof url !== "string" || !URL.canParse(url))) warnings.push({ path: `${at}.tender.documents[${j}].url`, message: "Malformed document URL: ignored" });
    });
    if (problems.length > before || !ocid || !releaseId || !released) return;

    const awards = array(raw.awards).filter(isObject);
    const award = awards.find((a) => a.status !== "cancelled" && a.status !== "unsuccessful") ?? awards[0];
    const contract = array(raw.contracts).filter(isObject)[0];
    const buyerRef = isObject(raw.buyer) ? raw.buyer : null;
    const buyerParty = buyerRef && typeof buyerRef.id === "string" ? parties.get(buyerRef.id) : array(raw.parties).filter(isObject).find((p) => array(p.roles).includes("buyer"));
    const buyerName = text(buyerRef?.name) ?? text(buyerParty?.name);
    const suitability = isObject(tender.suitability) ? tender.suitability : null;
    const tenderers = tender.numberOfTenderers;
    releases.push({
      ocid,
      releaseId,
      date: released,
      buyer: buyerName ? { name: buyerName, identifier: isObject(buyerParty?.identifier) ? text(buyerParty.identifier.id) : null } : null,
      title: text(tender.title) ?? text(award?.title) ?? text(contract?.title),
      description: text(tender.description) ?? text(award?.description) ?? text(contract?.description),
      procurementMethod: METHODS[tender.procurementMethod as keyof typeof METHODS] ?? null,
      procurementMethodDetails: text(tender.procurementMethodDetails),
      numberOfTenderers: typeof tenderers === "number" && Number.isInteger(tenderers) && tenderers >= 0 ? tenderers : null,
      smeSuitable: typeof suitability?.sme === "boolean" ? suitability.sme : null,
      award: award
        ? {
            value: isObject(award.value) ? amount(award.value.amount) : null,
            date: date(award.date),
            supplier: array(award.suppliers)[0] ? organisation(array(award.suppliers)[0], "") : null,
            period: period(award.contractPeriod),
          }
        : null,
      contract: contract
        ? { value: isObject(contract.value) ? amount(contract.value.amount) : null, period: period(contract.period), dateSigned: date(contract.dateSigned), status: text(contract.status) }
        : null,
    });
  });
  return { problems, warnings, releases };
}

/** Releases to apply, oldest first per ocid, whatever their order in the file. */
export function inReleaseOrder(releases: OcdsReleaseFacts[]): OcdsReleaseFacts[] {
  return [...releases].sort((a, b) => a.ocid.localeCompare(b.ocid) || a.date.getTime() - b.date.getTime() || a.releaseId.localeCompare(b.releaseId));
}
