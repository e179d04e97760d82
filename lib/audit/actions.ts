"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/actions/state";
import { guardDatabase } from "@/lib/actions/database";
import { requireCan } from "@/lib/access/caller";
import { checkpointSettings, NO_SIGNING_KEY, writeCheckpoint } from "@/lib/audit/checkpoint-store";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** "Write a checkpoint now" on the Verify page: administrators and auditors fix the trail's end as it stands. */
export async function writeAuditCheckpoint(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("readAudit");
    const settings = checkpointSettings(env);
    if (!settings.key) return { status: "error", message: NO_SIGNING_KEY };
    const checkpoint = await writeCheckpoint(db, settings, caller);
    revalidatePath("/audit/verify");
    return {
      status: "success",
      message: `Checkpoint written: ${checkpoint.eventCount} events, up to #${checkpoint.lastId}.`,
    };
  });
}
