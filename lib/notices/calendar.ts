// Calendar days for the Procurement Act's deadlines. A day is held as midnight UTC of that calendar date (as
// the database's date columns are); "today" is the calendar date in Europe/London (ukCalendarDate in lib/dates), whatever the server's zone.
import { addMonths } from "@/lib/insight/renewal";

export { addMonths };

export function addDays(day: Date, days: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** The financial year (1 April to 31 March) a day falls in, named by the calendar year it starts in. */
export function financialYearOf(day: Date): number {
  return day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
}

export const financialYearStart = (year: number) => new Date(Date.UTC(year, 3, 1));
export const financialYearEnd = (year: number) => new Date(Date.UTC(year + 1, 2, 31));

/** The nth day of a financial year: day 1 is 1 April, day 56 is 26 May. */
export const dayOfFinancialYear = (year: number, n: number) => addDays(financialYearStart(year), n - 1);

/** "2026-27" */
export const financialYearLabel = (year: number) => `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
