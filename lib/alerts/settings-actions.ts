"use server";

import { revalidatePath } from "next/cache";
import { formValues, invalid, type ActionState } from "@/lib/actions/state";
import { guardDatabase } from "@/lib/actions/database";
import { recordAudit } from "@/lib/audit/record";
import { requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { AlertSettingsSchema } from "@/lib/alerts/settings-schema";

/** The caller's own alert settings: how often they are emailed and which kinds they get. */
export async function updateAlertSettings(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireUser();
    const parsed = AlertSettingsSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { digest, disabledKinds } = parsed.data;
    await db.$transaction(async (tx) => {
      const before = await tx.alertSettings.findUnique({ where: { userId: caller.id } });
      const after = await tx.alertSettings.upsert({
        where: { userId: caller.id },
        create: { userId: caller.id, digest, disabledKinds },
        update: { digest, disabledKinds },
      });
      await recordAudit(tx, {
        actor: caller,
        action: "alert-settings.update",
        entityType: "AlertSettings",
        entityId: caller.id,
        before,
        after,
      });
    });
    revalidatePath("/settings/alerts");
    return { status: "success", message: "Your alert settings are saved." };
  });
}
