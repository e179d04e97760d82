"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { guardDatabase } from "@/lib/actions/database";
import { recordAudit } from "@/lib/audit/record";
import { requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { rememberNotice } from "@/lib/flash/remember-notice";
import { can } from "@/lib/access/capabilities";
import { DeleteSavedSearchSchema, SaveSearchSchema, searchFilters } from "@/lib/saved-searches/schema";

/** A person keeps up to this many searches: enough for their work, few enough to match each new contract against. */
const MAX_SAVED_SEARCHES = 50;

/** Saves the search on the page (its filters), for the caller; partner search only for those who may run it. */
export async function saveSearch(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireUser();
    const parsed = SaveSearchSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { kind, name, query, emailOnNewMatch } = parsed.data;
    if (kind === "PARTNER_SEARCH" && !can(caller, "searchPartners")) forbidden();
    const params = searchFilters(kind, query);
    const saved = await db.$transaction(async (tx) => {
      // Counted under a lock on the person's row: two saves at once cannot pass the limit together.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${caller.id} FOR UPDATE`;
      if ((await tx.savedSearch.count({ where: { userId: caller.id } })) >= MAX_SAVED_SEARCHES) return null;
      const search = await tx.savedSearch.create({ data: { userId: caller.id, kind, name, params, emailOnNewMatch } });
      await recordAudit(tx, {
        actor: caller,
        action: "saved-search.create",
        entityType: "SavedSearch",
        entityId: search.id,
        after: search,
      });
      return search;
    });
    if (!saved) return failure(`You have ${MAX_SAVED_SEARCHES} saved searches: delete one on Saved searches first.`);
    revalidatePath("/saved-searches");
    return {
      status: "success",
      message: emailOnNewMatch ? `Saved "${name}". We will email you when a new contract matches.` : `Saved "${name}".`,
    };
  });
}

/** Deletes one of the caller's own saved searches (another person's id is not found). */
export async function deleteSavedSearch(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireUser();
    const parsed = DeleteSavedSearchSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const deleted = await db.$transaction(async (tx) => {
      const search = await tx.savedSearch.findFirst({ where: { id: parsed.data.id, userId: caller.id } });
      if (!search) return null;
      await tx.savedSearch.delete({ where: { id: search.id } });
      await recordAudit(tx, {
        actor: caller,
        action: "saved-search.delete",
        entityType: "SavedSearch",
        entityId: search.id,
        before: search,
      });
      return search;
    });
    if (!deleted) return failure("That saved search was not found: it may have been deleted already.");
    // Its row (and the form in it) is gone from the list: the banner is the page's, not the form's.
    await rememberNotice("saved-search-deleted");
    revalidatePath("/saved-searches");
    redirect("/saved-searches");
  });
}
