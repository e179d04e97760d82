"use server";
// An administrator answers the match queue of an OCDS package (lib/ocds/match-decision.ts): this party
// is that registered supplier, or a new one. The last answer queues the import's job again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardDatabase } from "@/lib/actions/database";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { ocdsImportJob } from "@/lib/jobs/definitions/ocds-import";
import { sendJob } from "@/lib/jobs/send";
import { decideOcdsParty, type MatchChoice } from "@/lib/ocds/match-decision";
import { getImport } from "./queries";
import { CreateOcdsPartySupplierSchema, LinkOcdsPartySchema } from "./schema";

/** This party of the package is that registered supplier. */
export async function linkOcdsParty(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("importOcds");
    const parsed = LinkOcdsPartySchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { importId, partyKey, supplierId } = parsed.data;
    return decideAndShow(importId, partyKey, { supplierId }, caller);
  });
}

/** This party of the package is an organisation of its own: a new supplier. */
export async function createOcdsPartySupplier(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("importOcds");
    const parsed = CreateOcdsPartySupplierSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { importId, partyKey, legalName } = parsed.data;
    return decideAndShow(importId, partyKey, { legalName }, caller);
  });
}

async function decideAndShow(
  importId: string,
  key: string,
  choice: MatchChoice,
  caller: { id: string; email: string },
): Promise<ActionState> {
  if (!(await getImport(importId))) return failure("That import does not exist.");
  const actor = { id: caller.id, email: caller.email };
  const outcome = await decideOcdsParty(db, { importId, key, choice, actor });
  if (!outcome.ok) return failure(outcome.message, outcome.field ? { [outcome.field]: [outcome.message] } : undefined);
  // Every party answered: the package applies whole, on the worker, with these answers.
  if (outcome.jobId) await sendJob(ocdsImportJob, { importId, actor }, { id: outcome.jobId });
  revalidatePath(`/imports/${importId}`);
  revalidatePath("/imports");
  redirect(`/imports/${importId}`);
}
