// Supplier identifiers as OCDS gives them (`identifier`, `additionalIdentifiers`): a scheme from the
// org-id.guide list and an id, normalised so that one organisation's id is written one way. The same
// rules run in SQL (normalise_supplier_identifier, migration 20261201221618_supplier_identifiers) for
// identifiers that reach the table by trigger; tests/integration/supplier-identity.test.ts holds them equal.
export const IDENTIFIER_SCHEMES = ["GB-COH", "GB-PPON", "GB-CHC", "GB-SC", "GB-NIC", "VAT", "DUNS"] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export const SCHEME_NAMES: Record<IdentifierScheme, string> = {
  "GB-COH": "Companies House",
  "GB-PPON": "Public Procurement Organisation Number",
  "GB-CHC": "Charity Commission (England and Wales)",
  "GB-SC": "Scottish Charity Regulator",
  "GB-NIC": "Charity Commission for Northern Ireland",
  VAT: "VAT registration",
  DUNS: "D-U-N-S number",
};

export type SupplierIdentifierInput = { scheme: string; id: string };
export type NormalisedIdentifier = { scheme: IdentifierScheme; identifier: string };

const SHAPES: Record<IdentifierScheme, RegExp> = {
  // 8 digits, or 2 letters and 6 digits (SC, NI, OC...).
  "GB-COH": /^(\d{8}|[A-Z]{2}\d{6})$/,
  "GB-PPON": /^P[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}$/,
  "GB-CHC": /^\d{6,8}(-\d{1,2})?$/,
  "GB-SC": /^SC\d{6}$/,
  "GB-NIC": /^\d{6}$/,
  VAT: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  DUNS: /^\d{9}$/,
};

export function isIdentifierScheme(scheme: string): scheme is IdentifierScheme {
  return (IDENTIFIER_SCHEMES as readonly string[]).includes(scheme);
}

/** The id as stored: upper case, no spaces; Companies House numbers zero-padded to 8, VAT without "GB". */
export function normaliseIdentifier(scheme: IdentifierScheme, id: string): string {
  const compact = id
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s.]+/g, "");
  switch (scheme) {
    case "GB-COH":
      return /^\d{1,8}$/.test(compact) ? compact.padStart(8, "0") : compact;
    case "GB-NIC":
      return compact.replace(/^NIC/, "");
    case "VAT":
      return compact.replace(/^GB/, "").replace(/-/g, "");
    case "DUNS":
      return compact.replace(/-/g, "");
    default:
      return compact;
  }
}

/**
 * The identifiers of an organisation worth matching on: known schemes only, normalised, well-formed,
 * each once. An unknown scheme or a malformed id is left out (and reported by the caller if it cares).
 */
export function usableIdentifiers(inputs: readonly SupplierIdentifierInput[]): NormalisedIdentifier[] {
  const seen = new Set<string>();
  const out: NormalisedIdentifier[] = [];
  for (const { scheme, id } of inputs) {
    const upper = scheme.trim().toUpperCase();
    if (!isIdentifierScheme(upper)) continue;
    const identifier = normaliseIdentifier(upper, String(id));
    if (!SHAPES[upper].test(identifier) || seen.has(`${upper}:${identifier}`)) continue;
    seen.add(`${upper}:${identifier}`);
    out.push({ scheme: upper, identifier });
  }
  return out;
}

export function isWellFormedIdentifier(scheme: IdentifierScheme, identifier: string): boolean {
  return SHAPES[scheme].test(identifier);
}
