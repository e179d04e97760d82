// The one conversion from a moment to the calendar date it falls on in the UK, and the financial year
// a date belongs to. Dates are stored as @db.Date: a JavaScript Date at UTC midnight of that day.
// A published date-time with an offset (OCDS: "2025-04-01T00:00:00+01:00") is a moment; the UK's
// date for it is read in Europe/London with @date-fns/tz (the tz database's BST rules), never by
// adding hours by hand; the first or last second of a day (00:00:00, 23:59:59) names the day written.
import { TZDate } from "@date-fns/tz";
import { parseISO } from "date-fns";

export const UK_TIME_ZONE = "Europe/London";

const utcMidnight = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

/** The calendar date in Europe/London on which this moment falls, as a UTC-midnight Date. */
export function ukCalendarDate(moment: Date): Date {
  const london = new TZDate(moment.getTime(), UK_TIME_ZONE);
  return utcMidnight(london.getFullYear(), london.getMonth(), london.getDate());
}

/** Today's calendar date in the UK, as a UTC midnight (the shape of the database's dates). */
export function ukToday(now: Date = new Date()): Date {
  return ukCalendarDate(now);
}

/** An ISO 8601 date or date-time (with or without offset) as its UK calendar date; null when not a date. */
export function ukDateFromIso(text: unknown): Date | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  const trimmed = text.trim();
  // A bare date names a day, not a moment: it is that day wherever you stand.
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (bare) return utcMidnight(Number(bare[1]), Number(bare[2]) - 1, Number(bare[3]));
  // The first or last second of a day is how publishers write a date: it names the day written, in the
  // offset written. Find a Tender writes a contract ending on 18 May 2028 as "2028-05-18T23:59:59Z", which is
  // 00:59:59 on 19 May in British Summer Time; read as a moment it would move a day.
  const dayWritten = /^(\d{4})-(\d{2})-(\d{2})T(?:00:00:00(?:\.0+)?|23:59:59(?:\.9+)?)(?:Z|[+-]\d{2}:?\d{2})$/i.exec(
    trimmed,
  );
  if (dayWritten) return utcMidnight(Number(dayWritten[1]), Number(dayWritten[2]) - 1, Number(dayWritten[3]));
  // Any other date-time without an offset is UK wall-clock time; with one, it is that moment.
  const moment = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) ? parseISO(trimmed) : new TZDate(trimmed, UK_TIME_ZONE);
  return Number.isNaN(moment.getTime()) ? null : ukCalendarDate(moment);
}

/**
 * A spreadsheet date cell as its calendar date. Spreadsheets hold wall-clock date-times with no zone;
 * ExcelJS hands them over with the wall-clock fields in UTC, so the day is read from those fields.
 */
export function spreadsheetCalendarDate(cell: Date): Date {
  return utcMidnight(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate());
}

/** DD/MM/YYYY, the spend files' own date format, for a calendar date. */
export function ddmmyyyy(date: Date): string {
  return `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
}

/** The UK financial year (April to March) a calendar date falls in, named by the year it ends: 2025-04-01 -> 2026. */
export function financialYearEnding(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
}
