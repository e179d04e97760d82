// Cell values as publishers write them. Amounts stay decimal strings (never floats) until Postgres.
import { isoDate } from "@/lib/dates/format";
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;

// The shape nearly every line has ("£1,234.56", "-£25,000", "1234.5"): read with one regular
// expression. Anything else, and every refusal, goes the general way, which gives the same value.
const PLAIN_AMOUNT = /^(-?)£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * "£1,234.56", "-1,234.56", "(1,234.56)", "1234.5 CR", "−£25,000" -> "1234.56", "-1234.56", ...
 * Returns a plain decimal string with two places, exact.
 */
export function parseAmount(raw: string): Parsed<string> {
  const plain = PLAIN_AMOUNT.exec(raw);
  if (plain) {
    const digits = plain[2]!.replace(/,/g, "").replace(/^0+(?=\d)/, "");
    const fraction = (plain[3] ?? "").padEnd(2, "0");
    if (digits.length <= 14) {
      const zero = digits === "0" && fraction === "00";
      return { ok: true, value: plain[1] && !zero ? `-${digits}.${fraction}` : `${digits}.${fraction}` };
    }
  }
  return parseAnyAmount(raw);
}

function parseAnyAmount(raw: string): Parsed<string> {
  let text = raw.trim().replace(/\u2212/g, "-");
  if (text === "") return { ok: false, message: "Amount is missing" };
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    negative = true;
    text = bracketed[1]!.trim();
  }
  const credit = /^(.*?)\s*(CR|Cr|cr)$/.exec(text);
  if (credit) {
    negative = true;
    text = credit[1]!.trim();
  }
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  text = text.replace(/^(£|GBP)\s*/i, "");
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return { ok: false, message: "Amount is not a number" };
  text = text.replace(/,/g, "");
  if (!AMOUNT.test(text)) return { ok: false, message: "Amount has more than two decimal places" };
  const [whole, fraction = ""] = text.split(".");
  const digits = whole!.replace(/^0+(?=\d)/, "");
  if (digits.length > 14) return { ok: false, message: "Amount is too large" };
  const value = `${digits}.${fraction.padEnd(2, "0")}`;
  const zero = /^0+\.00$/.test(value);
  return { ok: true, value: negative && !zero ? `-${value}` : value };
}

// DD/MM/YYYY of a date that exists, within range: read without building a Date. Anything else, and
// every refusal, goes the general way.
const PLAIN_DATE = /^(\d\d)\/(\d\d)\/(\d{4})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** DD/MM/YYYY (also D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, and ISO YYYY-MM-DD from spreadsheets) -> YYYY-MM-DD. */
export function parseDate(raw: string): Parsed<string> {
  const plain = PLAIN_DATE.exec(raw);
  if (plain) {
    const day = Number(plain[1]),
      month = Number(plain[2]),
      year = Number(plain[3]);
    if (year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { ok: true, value: `${plain[3]}-${plain[2]}-${plain[1]}` };
    }
  }
  return parseAnyDate(raw);
}

function parseAnyDate(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "Date is missing" };
  let day: number, month: number, year: number;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (uk) [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return { ok: false, message: "Date is not DD/MM/YYYY" };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: "Date does not exist" };
  }
  if (year < 1990 || year > 2100) return { ok: false, message: "Date is out of range" };
  return {
    ok: true,
    value: isoDate(date),
  };
}

/** Blank, "None", "N/A", "-" mean the publisher gave no transaction number. */
export function parseTransactionNumber(raw: string | undefined): string | null {
  const text = (raw ?? "").trim();
  if (text === "" || /^(none|n\/?a|null|-+)$/i.test(text)) return null;
  return text;
}

/** Optional text: trimmed, blank -> null. */
export function optionalText(raw: string | undefined): string | null {
  const text = (raw ?? "").trim();
  return text === "" ? null : text;
}
