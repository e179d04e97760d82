import { z } from "zod";
import { checkboxField, textField } from "@/lib/actions/fields";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { PartnerSearchParamsSchema } from "@/lib/partner-search/schema";

export const SAVED_SEARCH_KINDS = ["REGISTER", "PARTNER_SEARCH"] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

export const SAVED_SEARCH_PAGES: Record<SavedSearchKind, { path: string; label: string }> = {
  REGISTER: { path: "/contracts", label: "Contract register" },
  PARTNER_SEARCH: { path: "/partner-search", label: "Partner search" },
};

/** Paging and ordering are how a search is read, not what it finds: not kept. */
const NOT_FILTERS = new Set(["page", "sort", "dir"]);

/** A search's filters from its query string, checked by the search page's own schema; only those set are kept. */
export function searchFilters(kind: SavedSearchKind, query: string): Record<string, string> {
  const raw = Object.fromEntries(new URLSearchParams(query));
  const parsed = kind === "REGISTER" ? ContractListParamsSchema.parse(raw) : PartnerSearchParamsSchema.parse(raw);
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed))
    if (!NOT_FILTERS.has(key) && value !== undefined && value !== "") filters[key] = String(value);
  return filters;
}

export const SaveSearchSchema = z.object({
  kind: z.enum(SAVED_SEARCH_KINDS, { error: "Choose what the search is of." }),
  name: textField("a name for the search", 100),
  query: z
    .string()
    .max(2000, "The search is too long to save.")
    .optional()
    .transform((v) => (v ?? "").slice((v ?? "").indexOf("?") + 1)),
  emailOnNewMatch: checkboxField,
});

export const DeleteSavedSearchSchema = z.object({ id: z.string().min(1, "Choose a saved search.").max(64) });
