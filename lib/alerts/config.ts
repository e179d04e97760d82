// Lead times for contract alerts, configurable per deployment (the defaults are the issue's).
// Read by the worker, which schedules alerts; a bad value fails the scan with the variable's name.
import { z } from "zod";
import { AlertEnvShape, readEnv } from "@/lib/env";
import { DEFAULT_NOTICE_DAYS, DEFAULT_REPROCUREMENT_MONTHS } from "./lead-times";

const list = (name: string, fallback: number[], max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return fallback;
      const numbers = v.split(",").map((n) => Number(n.trim()));
      if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > max)) {
        ctx.addIssue({
          code: "custom",
          message: `${name} must be comma-separated whole numbers from 1 to ${max}, e.g. ${fallback.join(",")}`,
        });
        return z.NEVER;
      }
      return [...new Set(numbers)].sort((a, b) => b - a);
    });

// The variables are declared in lib/env.ts (AlertEnvShape, read as text); their meaning is checked here.
const AlertListsSchema = z.object({
  ALERT_REPROCUREMENT_MONTHS: list("ALERT_REPROCUREMENT_MONTHS", DEFAULT_REPROCUREMENT_MONTHS, 120),
  ALERT_NOTICE_DAYS: list("ALERT_NOTICE_DAYS", DEFAULT_NOTICE_DAYS, 366),
});

export type AlertConfig = { reprocurementMonths: number[]; noticeDays: number[] };

export function alertConfig(source?: Record<string, string | undefined>): AlertConfig {
  const parsed = AlertListsSchema.safeParse(readEnv(AlertEnvShape, source));
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return { reprocurementMonths: parsed.data.ALERT_REPROCUREMENT_MONTHS, noticeDays: parsed.data.ALERT_NOTICE_DAYS };
}
