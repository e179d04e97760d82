// PostgreSQL's own refusals, found inside Prisma's wrapping (the driver adapter keeps SQLSTATE and constraint).
// Safe for any server code; no I/O.

export const NUMERIC_OUT_OF_RANGE = "22003";
export const CHECK_VIOLATION = "23514";
export const UNIQUE_VIOLATION = "23505";
export const EXCLUSION_VIOLATION = "23P01";
export const SERIALIZATION_FAILURE = "40001";

export type PostgresRefusal = { code: string; constraint?: string };

/** The SQLSTATE (and constraint, when there is one) of a database refusal, or null for anything else. */
export function postgresRefusal(error: unknown, depth = 0): PostgresRefusal | null {
  if (!error || typeof error !== "object" || depth > 6) return null;
  const e = error as Record<string, unknown>;
  const code = [e.originalCode, e.code].find((c): c is string => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c));
  if (code && !code.startsWith("P")) {
    return { code, constraint: constraintIn(e) };
  }
  for (const inner of [e.cause, e.meta, e.driverAdapterError]) {
    const found = postgresRefusal(inner, depth + 1);
    if (found) return { ...found, constraint: found.constraint ?? constraintIn(e) };
  }
  return null;
}

function constraintIn(e: Record<string, unknown>): string | undefined {
  const c = e.constraint as unknown;
  if (typeof c === "string") return c;
  if (c && typeof c === "object" && "index" in c && typeof (c as { index: unknown }).index === "string")
    return (c as { index: string }).index;
  const match = typeof e.originalMessage === "string" ? /constraint "([^"]+)"/.exec(e.originalMessage) : null;
  return match?.[1];
}

/** Was it this constraint that refused the write? */
export function violated(error: unknown, code: string, constraint?: string): boolean {
  const refusal = postgresRefusal(error);
  return Boolean(refusal && refusal.code === code && (constraint === undefined || refusal.constraint === constraint));
}
