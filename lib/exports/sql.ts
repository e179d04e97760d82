// COPY (and DECLARE CURSOR) cannot take bind parameters, so an export's query is built as Prisma.sql like
// every other query and its values are inlined here, by this one function, as quoted literals.
import type { Prisma } from "@prisma/client";
import pg from "pg";

const { escapeLiteral } = pg.Client.prototype;
const quote = (value: string) => escapeLiteral.call({}, value);

/** One value as a SQL literal: the quoting inlineSql uses, also for the fixed labels an export's SQL spells out. */
export function sqlLiteral(value: unknown): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `${quote(value.toISOString())}::timestamptz`;
  throw new Error(`An export query cannot inline a ${typeof value} value`);
}

/** The query as one SQL string with its values inlined as literals (for COPY and cursors only). */
export function inlineSql(query: Prisma.Sql): string {
  return query.strings.reduce((sql, part, i) => sql + sqlLiteral(query.values[i - 1]) + part);
}
