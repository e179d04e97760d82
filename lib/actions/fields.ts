// Zod field types for form posts (strings from FormData). Safe for client code.
import { z } from "zod";
import { isoDate } from "@/lib/dates/format";

const required = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `Enter ${what}.` : undefined),
});

/** Money as an exact decimal string ("1,250,000.50", "£3m" is refused): never a float. */
export const moneyField = (what = "an amount", { allowNegative = false } = {}) =>
  z
    .string(required(what))
    .transform((s) => s.replace(/[£,\s]/g, ""))
    .pipe(
      z
        .string()
        .regex(
          allowNegative ? /^-?\d{1,14}(\.\d{1,2})?$/ : /^\d{1,14}(\.\d{1,2})?$/,
          `Enter ${what} in pounds, for example 1250000.50.`,
        ),
    );

/** A percentage 0-100 with at most two decimals, kept as a string. */
export const percentField = (what = "a percentage") =>
  z
    .string(required(what))
    .transform((s) => s.replace(/[%\s]/g, ""))
    .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, `Enter ${what} between 0 and 100.`))
    .refine((s) => Number(s) <= 100, `Enter ${what} between 0 and 100.`);

/** The dates Partnerscope accepts anywhere: public contracts and payments of the last century and this one. */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2100-12-31";

/** A month "YYYY-MM" within the same years. */
export const MONTH_PATTERN = /^(19\d{2}|20\d{2}|2100)-(0[1-9]|1[0-2])$/;

/**
 * A real calendar date "YYYY-MM-DD" within EARLIEST_DATE..LATEST_DATE, as midnight UTC (date columns), or
 * null. JavaScript rolls 2025-02-31 over to 3 March: the date must read back as typed.
 */
export function parseCalendarDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < EARLIEST_DATE || value > LATEST_DATE) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === value ? date : null;
}

/** A calendar date from <input type="date"> (or a query parameter), as midnight UTC. */
export const dateField = (what = "a date") =>
  z
    .string(required(what))
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter ${what} as a date, for example 2025-03-31.`, abort: true })
    .refine((s) => s >= EARLIEST_DATE && s <= LATEST_DATE, {
      message: `Enter ${what} between 1900 and 2100.`,
      abort: true,
    })
    .refine((s) => parseCalendarDate(s) !== null, `Enter ${what} as a real date: that day does not exist.`)
    .transform((s) => parseCalendarDate(s)!);

export const textField = (what: string, max = 500) =>
  z.string(required(what)).trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} under ${max} characters.`);
export const optionalText = (max = 2000) => z.string().trim().max(max, `Keep this under ${max} characters.`).optional();

/** An id chosen from a list; never trusted: actions re-check it inside their scoped where. */
export const idField = (what: string) =>
  z
    .string({ error: () => `Choose ${what}.` })
    .min(1, `Choose ${what}.`)
    .max(64);

/** A checkbox: present ("on") or absent. */
export const checkboxField = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

export const wholeNumber = (what: string, max = 100_000) =>
  z.coerce
    .number({ error: `Enter ${what} as a whole number.` })
    .int(`Enter ${what} as a whole number.`)
    .min(0, `Enter ${what} as 0 or more.`)
    .max(max);

export const VersionSchema = z.coerce.number().int().min(1);
