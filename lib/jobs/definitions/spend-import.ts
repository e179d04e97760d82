// A spend file's import: copy the stored upload to a work file, stage and check it, write it (or
// wait for supplier matches). Idempotent: an attempt finds the import as a previous one left it,
// clears anything half-done (staged rows never outlive a failed attempt's transaction, but an attempt
// that died between staging and writing leaves them committed) and starts again.
import { unlink } from "node:fs/promises";
import { z } from "zod";
import { runSpendImport } from "@/lib/imports/spend-import";
import type { StageOptions } from "@/lib/imports/stage-spend";
import { dropUpload, restoreUpload, workFileOf } from "@/lib/imports/upload-store";
import { HEARTBEAT_SECONDS, RETRY_DELAY_SECONDS } from "../settings";
import { defineJob } from "../types";
import { failImport, clearStaged, retryingImport } from "./import-outcome";

const ActorSchema = z.object({ id: z.string().nullable(), email: z.string() }).nullable();

export const spendImportJob = defineJob({
  name: "spend-import",
  title: "Spend import",
  schema: z.object({ importId: z.string().min(1), actor: ActorSchema }),
  queue: {
    retryLimit: 2,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 2 * 60 * 60,
  },
  async handle({ importId, actor }, { prisma, databaseUrl, retryCount, retryLimit, signal }) {
    const record = await prisma.import.findUnique({ where: { id: importId } });
    // Already ended (a retry of an attempt that finished, or an administrator's retry of a done job).
    if (!record || !["QUEUED", "PARSING", "WRITING"].includes(record.status))
      return { status: record?.status ?? "MISSING" };
    if (!record.departmentId) throw new Error(`Import ${importId} has no department`);
    await clearStaged(prisma, importId);
    await prisma.import.update({
      where: { id: importId },
      data: { status: "PARSING", rowsRead: 0, failureReason: null },
    });
    const format = record.kind === "SPEND_XLSX" ? "xlsx" : "csv";
    const file = workFileOf(importId, format);
    try {
      if (!(await restoreUpload(prisma, importId, file))) {
        await failImport(
          prisma,
          importId,
          "The uploaded file is no longer held (its job ended before). Upload the file again.",
        );
        return { status: "FAILED" };
      }
      // The file is read in a worker thread with a memory cap and a time limit (lib/imports/boxed-stage.ts).
      // Loaded only in the worker: the web server's bundle never holds (or traces) the child process.
      const { stageInBox } = (await import(
        /* turbopackIgnore: true */ /* webpackIgnore: true */ "../../imports/boxed-stage"
      )) as typeof import("../../imports/boxed-stage");
      const stage = (options: StageOptions) => stageInBox(options, signal);
      const result = await runSpendImport({
        prisma,
        databaseUrl,
        importId,
        departmentId: record.departmentId,
        path: file,
        format,
        actor,
        stage,
      });
      await dropUpload(prisma, importId);
      return result;
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
