// How a spreadsheet cell reads as text, the same for every reader.
import { ddmmyyyy, spreadsheetCalendarDate } from "@/lib/dates/uk-date";

/** A spreadsheet cell as the text a CSV would have held. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return ddmmyyyy(spreadsheetCalendarDate(value));
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result);
    if (typeof v.text === "string") return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

// Spreadsheets store money as binary floats; a value that is two-decimal money within float noise
// (1234.5600000000001) is written as such, anything else keeps its digits and fails validation.
function numberText(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain) && !/\.\d{3,}$/.test(plain)) return plain;
  const fixed = n.toFixed(2);
  return Math.abs(Number(fixed) - n) < 1e-7 ? fixed : plain;
}
