import { z } from "zod";

/** What every form action returns to its form (useActionState). Safe for client code. */
export type ActionState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** The message is `checkFieldsMessage` of the fields: the form rewrites it in the form's order. */
      namesFields?: true;
    }
  | { status: "success"; message: string };

export const idle: ActionState = { status: "idle" };

/** A field's key in words for the summary: "leadPartnerId" → "lead partner". */
export function fieldName(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/ id$/, "");
}

// zod's own English messages ("Invalid input: expected string, received undefined") are for developers.
const ZOD_DEFAULT = /^(Invalid |Too (small|big)|Expected |Unrecognized )/;

/** A schema message for a person: a zod default becomes "Enter the reason" / "Check the email". */
function inWords(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const what = fieldName(String(issue.path[0] ?? "value"));
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return `Enter the ${what}`;
  if (issue.code === "invalid_value") return `Choose the ${what} from the list`;
  if (issue.code === "too_big") return `The ${what} is too long or too large`;
  return `Check the ${what}`;
}

/** "Check these fields: title, lead partner." in the order given. */
export function checkFieldsMessage(keys: string[]): string {
  return `Check ${keys.length === 1 ? "this field" : "these fields"}: ${keys.map(fieldName).join(", ")}.`;
}

/**
 * A zod failure as field errors in words, with a summary naming the fields. zod names them in the
 * schema's order; the error summary (which knows where each field sits) says them in the form's order.
 */
export function invalid(error: z.ZodError): ActionState {
  const fieldErrors = z.flattenError(error, inWords).fieldErrors as Record<string, string[] | undefined>;
  const fields = Object.keys(fieldErrors);
  if (!fields.length) return { status: "error", message: error.issues[0]?.message ?? "Check the form.", fieldErrors };
  return { status: "error", message: checkFieldsMessage(fields), fieldErrors, namesFields: true };
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
