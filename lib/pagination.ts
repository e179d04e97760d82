import { z } from "zod";

export const PAGE_SIZE = 25;

export const PageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
export const SortDirectionSchema = z.enum(["asc", "desc"]).catch("asc");
/** Free-text search: trimmed, at most 200 characters, absent when blank. */
export const SearchSchema = z
  .string()
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((q) => (q ? q : undefined));

export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number; pageSize: number };

export function pageOf<T>(rows: T[], total: number, page: number): Page<T> {
  return { rows, total, page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export const skipFor = (page: number) => (page - 1) * PAGE_SIZE;

/** Search params arrive as string | string[] | undefined; take the first value. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
