// Reads an OCDS 1.1 release package (Contracts Finder ocds-b5fd17-, Find a Tender ocds-h6vhtk-) into
// the facts Partnerscope records, as published: a release can carry several lots, awards and
// contracts, and an award can name many suppliers. Pure. Missing essentials are problems (the
// package is refused, each with its JSON path); harmless deviations and fields the source did not
// state are warnings, and the rest is imported. Dates are UK calendar dates (lib/dates/uk-date).
import releaseSchema from "@/lib/ocds/schema/release-schema.json";
import { readAwards, readContracts, readLots } from "./read-awards";
import { array, idText, isObject, text, valueAmount, type Json, type OcdsIssue } from "./read-parts";
import type { OcdsReleaseFacts } from "./release-facts";

const KNOWN_RELEASE_FIELDS = new Set(Object.keys((releaseSchema as { properties: Json }).properties));
const METHODS = { open: "OPEN", selective: "SELECTIVE", limited: "LIMITED", direct: "DIRECT" } as const;

/** Find a Tender says so in tender.techniques; Contracts Finder only in words, and a call-off is not a set-up. */
function setsUpFramework(tender: Json): boolean {
  const techniques = isObject(tender.techniques) ? tender.techniques : {};
  if (techniques.hasFrameworkAgreement === true || techniques.hasDynamicPurchasingSystem === true) return true;
  const words = `${text(tender.title) ?? ""} ${text(tender.description) ?? ""}`;
  return (
    /\bframework\b|dynamic purchasing system|\bDPS\b/i.test(words) &&
    !/call[- ]?off|further competition/i.test(text(tender.procurementMethodDetails) ?? "")
  );
}

export function readReleasePackage(pkg: unknown): {
  problems: OcdsIssue[];
  warnings: OcdsIssue[];
  releases: OcdsReleaseFacts[];
} {
  const problems: OcdsIssue[] = [];
  const warnings: OcdsIssue[] = [];
  const releases: OcdsReleaseFacts[] = [];
  if (!isObject(pkg) || !Array.isArray(pkg.releases)) {
    return {
      problems: [{ path: "releases", message: "Not a release package: no releases array" }],
      warnings,
      releases,
    };
  }
  pkg.releases.forEach((raw, index) => {
    const release = readRelease(raw, index, problems, warnings);
    if (release) releases.push(release);
  });
  return { problems, warnings, releases };
}

function readRelease(
  raw: unknown,
  index: number,
  problems: OcdsIssue[],
  warnings: OcdsIssue[],
): OcdsReleaseFacts | null {
  const at = `releases[${index}]`;
  if (!isObject(raw)) {
    problems.push({ path: at, message: "A release must be an object" });
    return null;
  }
  const before = problems.length;
  const ocid = text(raw.ocid);
  if (!ocid) problems.push({ path: `${at}.ocid`, message: "Missing ocid" });
  const releaseId = idText(raw.id);
  if (!releaseId) problems.push({ path: `${at}.id`, message: "Missing release id" });
  const released = typeof raw.date === "string" && !Number.isNaN(Date.parse(raw.date)) ? new Date(raw.date) : null;
  if (!released)
    problems.push({
      path: `${at}.date`,
      message: raw.date === undefined ? "Missing release date" : "Release date is not a date",
    });
  for (const key of Object.keys(raw)) {
    if (!KNOWN_RELEASE_FIELDS.has(key))
      warnings.push({ path: `${at}.${key}`, message: "Field from an extension Partnerscope does not use: ignored" });
  }

  const parties = new Map<string, Json>();
  array(raw.parties).forEach((p) => isObject(p) && idText(p.id) && parties.set(idText(p.id)!, p));
  const tender = isObject(raw.tender) ? raw.tender : {};
  if (tender.value !== undefined) valueAmount(tender.value, `${at}.tender.value`, problems, warnings);
  array(tender.documents).forEach((d, j) => {
    const url = isObject(d) ? d.url : undefined;
    if (url !== undefined && (typeof url !== "string" || !URL.canParse(url)))
      warnings.push({ path: `${at}.tender.documents[${j}].url`, message: "Malformed document URL: ignored" });
  });
  const lots = readLots(tender, at, problems, warnings);
  const awards = readAwards(raw, tender, parties, at, problems, warnings);
  const contracts = readContracts(raw, at, problems, warnings);
  if (problems.length > before || !ocid || !releaseId || !released) return null;

  const buyerRef = isObject(raw.buyer) ? raw.buyer : null;
  const buyerParty =
    buyerRef && idText(buyerRef.id)
      ? parties.get(idText(buyerRef.id)!)
      : array(raw.parties)
          .filter(isObject)
          .find((p) => array(p.roles).includes("buyer"));
  const buyerName = text(buyerRef?.name) ?? text(buyerParty?.name);
  const suitability = isObject(tender.suitability) ? tender.suitability : null;
  const tenderers = tender.numberOfTenderers;
  const facts: OcdsReleaseFacts = {
    ocid,
    releaseId,
    date: released,
    index,
    tags: array(raw.tag).flatMap((t) => text(t) ?? []),
    buyer: buyerName
      ? { name: buyerName, identifier: isObject(buyerParty?.identifier) ? text(buyerParty.identifier.id) : null }
      : null,
    title: text(tender.title) ?? awards.find((a) => a.title)?.title ?? contracts.find((c) => c.title)?.title ?? null,
    description: text(tender.description),
    procurementMethod: METHODS[tender.procurementMethod as keyof typeof METHODS] ?? null,
    procurementMethodDetails: text(tender.procurementMethodDetails),
    numberOfTenderers:
      typeof tenderers === "number" && Number.isInteger(tenderers) && tenderers >= 0 ? tenderers : null,
    smeSuitable: typeof suitability?.sme === "boolean" ? suitability.sme : null,
    framework: setsUpFramework(tender),
    lots,
    awards,
    contracts,
  };
  warnings.push(...notStated(facts, at));
  return facts;
}

/** Unknown stays unknown: each field an award release leaves out is recorded as not stated, and said so. */
function notStated(r: OcdsReleaseFacts, at: string): OcdsIssue[] {
  if (r.awards.length === 0) return [];
  const issues: OcdsIssue[] = [];
  if (!r.procurementMethod)
    issues.push({
      path: `${at}.tender.procurementMethod`,
      message: "Procurement method not stated: recorded as not stated",
    });
  if (r.smeSuitable === null)
    issues.push({
      path: `${at}.tender.suitability.sme`,
      message: "SME suitability not stated: recorded as not stated",
    });
  if (r.numberOfTenderers === null)
    issues.push({
      path: `${at}.tender.numberOfTenderers`,
      message: "Number of tenderers not stated: recorded as not stated",
    });
  for (const a of r.awards)
    if (a.value === null) issues.push({ path: `${a.path}.value`, message: "Award value not stated" });
  return issues;
}

/** Releases to apply, oldest first per ocid, whatever their order in the file. */
export function inReleaseOrder(releases: OcdsReleaseFacts[]): OcdsReleaseFacts[] {
  return [...releases].sort(
    (a, b) =>
      a.ocid.localeCompare(b.ocid) || a.date.getTime() - b.date.getTime() || a.releaseId.localeCompare(b.releaseId),
  );
}
