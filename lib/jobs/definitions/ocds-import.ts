// An uploaded OCDS release package's import. Idempotent: releases already applied are skipped by id,
// and the releases are applied in one transaction with the Import's outcome.
import { readFile, unlink } from "node:fs/promises";
import { z } from "zod";
import { dropUpload, restoreUpload, workFileOf } from "@/lib/imports/upload-store";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { HEARTBEAT_SECONDS, RETRY_DELAY_SECONDS } from "../settings";
import { defineJob } from "../types";
import { failImport, retryingImport } from "./import-outcome";
import { savedSearchMatchJob } from "./saved-search-match";

export const ocdsImportJob = defineJob({
  name: "ocds-import",
  title: "OCDS import",
  schema: z.object({ importId: z.string().min(1), actor: z.object({ id: z.string().nullable(), email: z.string() }) }),
  queue: {
    retryLimit: 2,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 60 * 60,
  },
  async handle({ importId, actor }, { prisma, send, retryCount, retryLimit }) {
    const record = await prisma.import.findUnique({ where: { id: importId } });
    if (!record || !["QUEUED", "PARSING"].includes(record.status)) return { status: record?.status ?? "MISSING" };
    const file = workFileOf(importId, "json");
    try {
      if (!(await restoreUpload(prisma, importId, file))) {
        await failImport(
          prisma,
          importId,
          "The uploaded file is no longer held (its job ended before). Upload the file again.",
        );
        return { status: "FAILED" };
      }
      // TextDecoder drops a UTF-8 byte order mark, which JSON.parse would refuse.
      const text = new TextDecoder().decode(await readFile(file));
      const result = await importOcdsPackage(prisma, {
        text,
        fileName: record.fileName,
        actor,
        createdById: record.createdById,
        importId,
      });
      // A package waiting for supplier matches runs again once they are made: its file stays.
      if (result.status !== "AWAITING_MATCHES") await dropUpload(prisma, importId);
      // A contract the package created is new to the register, as one typed in is: saved searches hear of it.
      for (const contract of result.summary?.contracts.created ?? [])
        await send(savedSearchMatchJob, { contractId: contract.id });
      return { status: result.status, releasesApplied: result.releasesApplied };
    } catch (error) {
      if (retryCount < retryLimit) await retryingImport(prisma, importId, error, retryCount);
      throw error;
    } finally {
      await unlink(file).catch(() => undefined);
    }
  },
  async onFinalFailure({ importId }, reason, { prisma }) {
    await failImport(prisma, importId, reason);
  },
});
