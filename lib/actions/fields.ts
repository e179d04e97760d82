// Zod field types for form posts (strings from FormData). Safe for client code.
import { z } from "zod";

const required = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? `Enter ${what}.` : undefined) });

/** Money as an exact decimal string ("1,250,000.50", "£3m" is refused): never a float. */
export const moneyField = (what = "an amount", { allowNegative = false } = {}) =>
  z
    .string(required(what))
    .transform((s) => s.replace(/[£,\s]/g, ""))
    .pipe(
      z
        .string()
        .regex(allowNegative ? /^-?\d{1,14}(\.\d{1,2})?$/ : /^\d{1,14}(\.\d{1,2})?$/, `Enter ${what} in pounds, for example 1250000.50.`),
    );

/** A percentage 0-100 with at most two decimals, kept as a string. */
export const percentField = (what = "a percentage") =>
  z
    .string(required(what))
    .transform((s) => s.replace(/[%\s]/g, ""))
    .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, `Enter ${what} between 0 and 100.`))
    .refine((s) => Number(s) <= 100, `Enter ${what} between 0 and 100.`);

/** A calendar date from <input type="date">, as midnight UTC (the database column is a date). */
export const dateField = (what = "a date") =>
  z
    .string(required(what))
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date.`)
    .transform((s) => new Date(`${s}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), `Enter ${what} as a real date.`);

export const textField = (what: string, max = 500) => z.string(required(what)).trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} under ${max} characters.`);
export const optionalText = (max = 2000) => z.string().trim().max(max, `Keep this under ${max} characters.`).optional();

/** An id chosen from a list; never trusted: actions re-check it inside their scoped where. */
export const idField = (what: string) => z.string({ error: () => `Choose ${what}.` }).min(1, `Choose ${what}.`).max(64);

/** A checkbox: present ("on") or absent. */
export const checkboxField = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

export const wholeNumber = (what: string, max = 100_000) =>
  z.coerce.number({ error: `Enter ${what} as a whole number.` }).int(`Enter ${what} as a whole number.`).min(0, `Enter ${what} as 0 or more.`).max(max);

export const VersionSchema = z.coerce.number().int().min(1);
