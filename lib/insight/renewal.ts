// Renewal pipeline: when re-procurement should start, by value band. Bigger contracts need longer
// (market engagement, business case, spend control approval for the largest).
import { Decimal } from "decimal.js";

type Money = { toString(): string } | string;

export const RENEWAL_LEAD_TIMES = [
  { label: "Up to £1m", upTo: "1000000", months: 6 },
  { label: "£1m to £10m", upTo: "10000000", months: 12 },
  { label: "£10m to £100m", upTo: "100000000", months: 18 },
  { label: "Over £100m", upTo: null, months: 24 },
] as const;

export const PIPELINE_MONTHS = 18;

export function leadTimeMonths(value: Money): number {
  const v = new Decimal(value.toString());
  for (const band of RENEWAL_LEAD_TIMES) if (band.upTo === null || v.lte(band.upTo)) return band.months;
  return 24;
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return d;
}

/** The date re-procurement should have started, and whether that is already past. */
export function renewalStart(
  endDate: Date,
  value: Money,
  today: Date,
): { startBy: Date; late: boolean; leadMonths: number } {
  const leadMonths = leadTimeMonths(value);
  const startBy = addMonths(endDate, -leadMonths);
  return { startBy, late: startBy < today, leadMonths };
}

/**
 * The first end date whose re-procurement, `months` ahead of it, starts on or after `today`: a contract ending
 * before it is late (renewalStart). Usually `today` plus the months; a day later where that falls on a shortened
 * month's end (31 August plus six months is 28 February, whose start-by date is 28 August).
 */
export function lateIfEndingBefore(today: Date, months: number): Date {
  let end = addMonths(today, months);
  while (addMonths(end, -months) < today) end = new Date(end.getTime() + 86_400_000);
  return end;
}
