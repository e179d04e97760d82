// Calendar arithmetic for the generator, in UTC dates only (the schema stores @db.Date).

/** The demo's "today": fixed so that the data set is the same whenever it is generated. */
export const DEMO_AS_OF = utc(2026, 11, 27);
/** Spend covers three financial reporting years of monthly lines: Dec 2023 to Nov 2026. */
export const SPEND_FIRST_MONTH = monthIndex(utc(2023, 12, 1));
export const SPEND_LAST_MONTH = monthIndex(utc(2026, 11, 1));
/** Procurement Act 2023 came into force on this date (competitive flexible procedure exists from then). */
export const PROCUREMENT_ACT_IN_FORCE = utc(2025, 2, 24);

const DAY = 86_400_000;

/** A UTC midnight date; month is 1-12. */
export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** Adds calendar months, clamping the day to the target month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

/** "YYYY-MM-DD": the app's own (lib/dates). */
export { isoDate } from "../../lib/dates/format";

/** Months counted from year 0: consecutive months differ by one. */
export function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthStart(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

export function monthEnd(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0));
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** A uniformly random date in [from, to]. */
export function randomDate(rng: { int(min: number, max: number): number }, from: Date, to: Date): Date {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}
