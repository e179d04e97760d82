// An OCDS package that names a party the supplier rule would not place waits whole (decision 013):
// its transaction rolled back, the Import records the match queue (earlier decisions kept), its
// warnings and the file (kept for the re-run: the upload's, or the text the command line read).
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { storeUpload } from "@/lib/imports/upload-store";
import { asErrors, type OcdsImportResult } from "./import-result";
import { asMatchQueue, mergeQueue, type QueuedParty } from "./match-queue";
import type { OcdsIssue } from "./release-facts";

async function* once(text: string) {
  yield new TextEncoder().encode(text);
}

export async function awaitMatches(
  prisma: PrismaClient,
  input: { importId: string; text: string; actor: { id: string | null; email: string } | null },
  before: QueuedParty[],
  found: QueuedParty[],
  warnings: OcdsIssue[],
  releasesRead: number,
): Promise<OcdsImportResult> {
  const { importId } = input;
  const existing = await prisma.supplier.findMany({
    where: { id: { in: found.flatMap((p) => p.supplierIds) } },
    select: { id: true },
  });
  const queue = mergeQueue(before, found, new Set(existing.map((s) => s.id)));
  const waiting = queue.filter((p) => !p.decision);
  await prisma.$transaction(
    async (tx) => {
      if ((await tx.importUpload.count({ where: { importId } })) === 0)
        await storeUpload(tx, importId, once(input.text));
      await tx.import.update({
        where: { id: importId },
        data: {
          status: "AWAITING_MATCHES",
          rowsRead: releasesRead,
          unmatchedSuppliers: waiting.length,
          errors: asErrors(warnings, "warning"),
          summary: asMatchQueue(queue),
        },
      });
      await recordAudit(tx, {
        actor: input.actor,
        action: "import.await-matches",
        entityType: "Import",
        entityId: importId,
        after: { kind: "OCDS", waitingFor: waiting.map((p) => ({ name: p.name, reason: p.reason, paths: p.paths })) },
      });
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
  return {
    importId,
    status: "AWAITING_MATCHES",
    releasesRead,
    releasesApplied: 0,
    duplicatesSkipped: 0,
    contractsCreated: 0,
    contractsUpdated: 0,
    problems: [],
    warnings,
    summary: null,
    matchQueue: waiting,
  };
}
