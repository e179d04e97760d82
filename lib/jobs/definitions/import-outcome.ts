// How a job leaves an import when an attempt fails: queued again with the reason, or FAILED for good
// with nothing written, no staged rows and no stored upload.
import type { PrismaClient } from "@prisma/client";
import { reasonOf } from "../failure-reason";

/** An import left running with no job to finish it (its server stopped before queueing the job, or the job was removed). */
export const LOST_IMPORT_REASON =
  "The import was lost before it could be finished (its job no longer exists). Nothing was written; upload the file again.";

export async function clearStaged(prisma: PrismaClient, importId: string): Promise<void> {
  await prisma.stagedSpendRow.deleteMany({ where: { importId } });
}

export async function retryingImport(
  prisma: PrismaClient,
  importId: string,
  error: unknown,
  retryCount: number,
): Promise<void> {
  await prisma.import
    .updateMany({
      where: { id: importId, status: { in: ["PARSING", "WRITING", "QUEUED"] } },
      data: {
        status: "QUEUED",
        failureReason: `Attempt ${retryCount + 1} stopped: ${reasonOf(error)}. It will be tried again shortly.`,
      },
    })
    .catch(() => undefined); // the database may be the reason; the next attempt starts clean anyway
}

/**
 * Final: FAILED with the reason, unless the import already ended (an earlier attempt finished it).
 * The stored upload is kept for a day so an administrator can retry the job (the sweeper removes it).
 */
export async function failImport(prisma: PrismaClient, importId: string, reason: string): Promise<void> {
  await clearStaged(prisma, importId);
  await prisma.import.updateMany({
    where: { id: importId, status: { in: ["QUEUED", "PARSING", "WRITING"] } },
    data: { status: "FAILED", failureReason: reason, completedAt: new Date() },
  });
}
