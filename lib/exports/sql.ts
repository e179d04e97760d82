// COPY cannot take bind parameters, so export queries inline their (already zod-validated) values
// through these quoting helpers. Never interpolate anything else into export SQL.
import pg from "pg";

const { escapeLiteral } = pg.Client.prototype;

export function literal(value: string): string {
  return escapeLiteral.call({}, value);
}

export function literalList(values: readonly string[]): string {
  return values.length ? values.map(literal).join(", ") : "NULL";
}

/** A YYYY-MM-DD date, checked again here because it goes into SQL text. */
export function dateLiteral(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Not a date: ${value}`);
  return `DATE ${literal(value)}`;
}
