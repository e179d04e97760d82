import { z } from "zod";

/** What every form action returns to its form (useActionState). Safe for client code. */
export type ActionState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[] | undefined> }
  | { status: "success"; message: string };

export const idle: ActionState = { status: "idle" };

/** A field's key in words for the summary: "leadPartnerId" → "lead partner". */
export function fieldName(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().replace(/ id$/, "");
}

/** A zod failure as field errors, with a summary naming the fields. */
export function invalid(error: z.ZodError): ActionState {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  const fields = Object.keys(fieldErrors);
  return {
    status: "error",
    message: fields.length ? `Check ${fields.length === 1 ? "this field" : "these fields"}: ${fields.map(fieldName).join(", ")}.` : error.issues[0]?.message ?? "Check the form.",
    fieldErrors,
  };
}

export function failure(message: string, fieldErrors?: Record<string, string[] | undefined>): ActionState {
  return { status: "error", message, fieldErrors };
}

/** FormData to a plain object for zod; repeated names become arrays, empty strings become undefined. */
export function formValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? (raw.trim() === "" ? undefined : raw) : raw;
    if (key in values) {
      const existing = values[key];
      values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      values[key] = value;
    }
  }
  return values;
}
