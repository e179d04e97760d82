// The small readers an OCDS release is built from: text, money, UK dates, periods, organisations.
// Pure: problems and warnings are pushed to the lists given, each with its JSON path.
import Decimal from "decimal.js";
import { ukDateFromIso } from "@/lib/dates/uk-date";

export type OcdsIssue = { path: string; message: string };
export type Json = Record<string, unknown>;
export type OcdsIdentifier = { scheme: string; id: string };
/** path: where the award names it (awards[j].suppliers[k]). */
export type OcdsOrganisation = {
  partyId: string;
  path: string;
  name: string;
  companiesHouseNumber: string | null;
  identifiers: OcdsIdentifier[];
};
/** Calendar dates in the UK (UTC-midnight Dates), whatever offset the publisher wrote. */
export type OcdsPeriod = { startDate: Date | null; endDate: Date | null };

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
export const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const ukDate = ukDateFromIso;

/** An OCDS id (string or integer) as text. */
export const idText = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? String(v) : text(v));

// JSON numbers arrive as doubles; their shortest decimal form is the publisher's own text for any
// amount with at most 15 significant digits, so money is taken from that text, exactly.
export function amount(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(String(v)).toFixed(2);
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return new Decimal(v.trim()).toFixed(2);
  return null;
}

export function period(v: unknown): OcdsPeriod | null {
  if (!isObject(v)) return null;
  const p = { startDate: ukDate(v.startDate), endDate: ukDate(v.endDate) };
  return p.startDate || p.endDate ? p : null;
}

/** A value's amount (null when the value is absent); a value without an amount is a problem. */
export function valueAmount(v: unknown, path: string, problems: OcdsIssue[], warnings: OcdsIssue[]): string | null {
  if (v === undefined || v === null) return null;
  const a = isObject(v) ? amount(v.amount) : null;
  if (a === null) problems.push({ path: `${path}.amount`, message: "A value without an amount" });
  else if (isObject(v) && v.currency !== undefined && v.currency !== "GBP")
    warnings.push({ path: `${path}.currency`, message: "A currency other than GBP, recorded as pounds" });
  return a;
}

/** The party an organisation reference names, with its identifiers (identifier and additionalIdentifiers). */
export function organisation(
  parties: Map<string, Json>,
  ref: unknown,
  path: string,
  problems: OcdsIssue[],
): OcdsOrganisation | null {
  const id = isObject(ref) ? idText(ref.id) : null;
  const party = id ? parties.get(id) : undefined;
  if (!id || !party) {
    problems.push({
      path,
      message: id ? `Supplier "${id}" is not among the release's parties` : "Supplier without an id",
    });
    return null;
  }
  const identifiers = [party.identifier, ...array(party.additionalIdentifiers)]
    .filter(isObject)
    .map((x) => ({ scheme: String(x.scheme ?? "").trim(), id: String(x.id ?? "").trim() }))
    .filter((x) => x.scheme && x.id);
  const coh =
    identifiers
      .find((x) => x.scheme === "GB-COH")
      ?.id.toUpperCase()
      .padStart(8, "0") ?? null;
  return {
    partyId: id,
    path: path.replace(/\.id$/, ""),
    name: text(party.name) ?? text(isObject(ref) ? ref.name : null) ?? id,
    companiesHouseNumber: coh,
    identifiers,
  };
}
