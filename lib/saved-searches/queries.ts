import "server-only";
import { requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { withParams } from "@/lib/url";
import { SAVED_SEARCH_PAGES } from "./schema";

/** The caller's own saved searches, newest first, each with the address that runs it. */
export async function listSavedSearches() {
  const caller = await requireUser();
  const searches = await db.savedSearch.findMany({ where: { userId: caller.id }, orderBy: { createdAt: "desc" } });
  return searches.map((s) => ({
    ...s,
    href: withParams(SAVED_SEARCH_PAGES[s.kind].path, (s.params ?? {}) as Record<string, string>),
    page: SAVED_SEARCH_PAGES[s.kind].label,
  }));
}
