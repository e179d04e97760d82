// When contract alerts fall due: pure date rules over plain data (UK calendar dates as UTC midnights).
// An alert fires on the first scan on or after its lead time's date and before the date it warns of;
// when several lead times have passed (a contract entered late), only the nearest fires.
import { addMonths } from "@/lib/insight/renewal";
import { isoDate } from "@/lib/dates/format";

export type LeadTime = { amount: number; unit: "months" | "days" };
export type DueAlert = { lead: LeadTime; firesOn: Date; dueOn: Date; tag: string };

/** Defaults (the issue's): re-procurement 18 and 6 months before the end; notice 30, 15 and 7 days before the notice date. */
export const DEFAULT_REPROCUREMENT_MONTHS = [18, 6];
export const DEFAULT_NOTICE_DAYS = [30, 15, 7];
/** A KPI assessment is due 12 months after the last: told 30 and 7 days before. */
export const KPI_ASSESSMENT_DAYS = [30, 7];

const DAY = 24 * 60 * 60 * 1000;
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

function before(dueOn: Date, lead: LeadTime): Date {
  return lead.unit === "months" ? addMonths(dueOn, -lead.amount) : addDays(dueOn, -lead.amount);
}

/** The one alert due today for an event on dueOn, or null (not yet at any lead time, or the event has passed). */
export function dueAlert(dueOn: Date, leads: LeadTime[], today: Date): DueAlert | null {
  if (today >= dueOn) return null;
  const reached = leads
    .map((lead) => ({ lead, firesOn: before(dueOn, lead) }))
    .filter((l) => l.firesOn <= today)
    .sort((a, b) => b.firesOn.getTime() - a.firesOn.getTime());
  const nearest = reached[0];
  if (!nearest) return null;
  return {
    ...nearest,
    dueOn,
    tag: `${isoDate(dueOn)}:${nearest.lead.amount}${nearest.lead.unit === "months" ? "m" : "d"}`,
  };
}

/** The re-procurement lead times of one contract: its own first lead time when set, then the later defaults below it. */
export function reprocurementLeads(ownLeadMonths: number | null, defaults = DEFAULT_REPROCUREMENT_MONTHS): LeadTime[] {
  const months = ownLeadMonths ? [ownLeadMonths, ...defaults.filter((m) => m < ownLeadMonths)] : defaults;
  return [...new Set(months)].map((amount) => ({ amount, unit: "months" as const }));
}

export const dayLeads = (days: number[]): LeadTime[] => days.map((amount) => ({ amount, unit: "days" as const }));

/** The last day notice can be given: the notice period before the end. */
export const noticeDate = (endDate: Date, noticePeriodDays: number) => addDays(endDate, -noticePeriodDays);

/** The next 12-monthly KPI assessment: a year after the latest one, or after award when there is none. */
export function nextKpiAssessment(awardDate: Date, lastAssessedOn: Date | null): Date {
  return addMonths(lastAssessedOn ?? awardDate, 12);
}
