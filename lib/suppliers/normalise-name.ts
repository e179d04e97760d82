// Normalised supplier names match spend-file lines and catch duplicate registrations:
// case, punctuation, "&"/"and" and company suffixes (Ltd/Limited/PLC/LLP...) do not distinguish suppliers.
const SUFFIXES = /\b(limited|ltd|plc|llp|lp|inc|incorporated|uk|the)\b/g;

export function normaliseSupplierName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(SUFFIXES, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Companies House number: 8 digits, or 2 letters then 6 digits. */
export const COMPANIES_HOUSE_NUMBER = /^(\d{8}|[A-Z]{2}\d{6})$/;
