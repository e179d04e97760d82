"use server";

import { revalidatePath } from "next/cache";
import { guardDatabase } from "@/lib/actions/database";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { jobTitle } from "./registry";
import { RetryJobSchema } from "./schema";
import { queueSender, transactionDb } from "./send";

/**
 * Retries a job that failed for good: pg-boss queues it again, in the same transaction as the audit
 * event (and, for an import, the import back to QUEUED while its upload is still held).
 */
export async function retryFailedJob(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("manageJobs");
    const parsed = RetryJobSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const boss = await queueSender();
    const outcome = await db.$transaction(async (tx) => {
      const [job] = await tx.$queryRaw<{ name: string; state: string; importId: string | null }[]>`
        SELECT name, state::text, data->>'importId' AS "importId" FROM pgboss.job WHERE id = ${parsed.data.jobId}::uuid FOR UPDATE`;
      if (!job || job.state !== "failed") return "not-failed" as const;
      if (job.importId) {
        const held = await tx.importUpload.count({ where: { importId: job.importId } });
        if (held === 0) return "no-upload" as const;
        await tx.import.updateMany({
          where: { id: job.importId, status: "FAILED" },
          data: { status: "QUEUED", failureReason: null, completedAt: null },
        });
      }
      await boss.retry(job.name, parsed.data.jobId, { db: transactionDb(tx) });
      await recordAudit(tx, {
        actor: caller,
        action: "job.retry",
        entityType: "Job",
        entityId: parsed.data.jobId,
        after: { job: job.name, importId: job.importId },
      });
      return job.name;
    });
    if (outcome === "not-failed")
      return failure("This job is no longer failed: it was retried already, or it finished. Reload the page.");
    if (outcome === "no-upload")
      return failure("This import's file is no longer held, so it cannot be retried: upload the file again.");
    revalidatePath("/admin/jobs");
    return { status: "success", message: `${jobTitle(outcome)} queued again.` };
  });
}
