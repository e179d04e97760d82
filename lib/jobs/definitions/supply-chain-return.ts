// An uploaded supply-chain return: checks the filer again (their account may have changed since the
// upload), parses the stored file, checks every row and writes them all with the audit event, or none.
// Idempotent, keyed by the upload (its Import): the write locks that Import and happens only while it is
// QUEUED or PARSING, in the same transaction that completes it, so a retry or a repeated job writes nothing.
import type { ImportStatus, PrismaClient } from "@prisma/client";
import { z } from "zod";
import { readUpload } from "@/lib/imports/upload-store";
import { parseReturnCsv, type ReturnRow, type RowError } from "@/lib/supply-chain/parse";
import { recordReturn } from "@/lib/supply-chain/record-return";
import { HEARTBEAT_SECONDS, RETRY_DELAY_SECONDS } from "../settings";
import { defineJob } from "../types";
import { failImport, retryingImport } from "./import-outcome";
import { insightRefreshJob } from "./insight-refresh";

const RUNNING: ImportStatus[] = ["QUEUED", "PARSING"];

export const SupplyChainReturnJobSchema = z.object({
  importId: z.string().min(1),
  /** Who uploaded it, and the lead partner it was filed for: both checked again before anything is written. */
  actor: z.object({ id: z.string().min(1), email: z.string() }),
  supplierId: z.string().min(1),
});

export const supplyChainReturnJob = defineJob({
  name: "supply-chain-return",
  title: "Supply-chain return",
  schema: SupplyChainReturnJobSchema,
  queue: {
    retryLimit: 2,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 10 * 60,
  },
  async handle({ importId, actor, supplierId }, { prisma, retryCount, retryLimit, send }) {
    const record = await prisma.import.findUnique({
      where: { id: importId },
      select: { kind: true, status: true, createdById: true },
    });
    // Already ended (a retry of an attempt that finished, or an administrator's retry of a done job).
    if (!record || record.kind !== "SUPPLY_CHAIN_RETURN" || !RUNNING.includes(record.status))
      return { status: record?.status ?? "MISSING" };
    try {
      const refusal =
        record.createdById === actor.id
          ? await filerProblem(prisma, actor.id, supplierId)
          : "This return was not uploaded by the account its job names, so it was not saved. Nothing was written.";
      if (refusal) {
        await failImport(prisma, importId, refusal);
        await prisma.importUpload.deleteMany({ where: { importId } }); // a retry would be refused the same way
        return { status: "FAILED" };
      }
      await prisma.import.updateMany({
        where: { id: importId, status: { in: RUNNING } },
        data: { status: "PARSING", rowsRead: 0 },
      });
      const bytes = await readUpload(prisma, importId);
      if (!bytes) {
        await failImport(
          prisma,
          importId,
          "The uploaded file is no longer held (its job ended before). Upload the file again.",
        );
        return { status: "FAILED" };
      }
      // TextDecoder drops a UTF-8 byte order mark, as the browser's File.text() did.
      const parsed = parseReturnCsv(new TextDecoder().decode(bytes));
      const outcome = parsed.errors.length
        ? { status: "REJECTED" as const, rowErrors: parsed.errors }
        : await recordReturn(prisma, {
            payerSupplierId: supplierId,
            actor,
            rows: parsed.rows,
            source: { kind: "upload", importId },
          });
      if (outcome.status === "ENDED") return { status: outcome.importStatus };
      if (outcome.status === "REJECTED") {
        await rejectUpload(prisma, importId, parsed.rows, outcome.rowErrors);
        return { status: "REJECTED", problems: outcome.rowErrors.length };
      }
      if (outcome.rowsWritten > 0) await send(insightRefreshJob, { departmentIds: outcome.departmentIds });
      const { rowsWritten, duplicatesSkipped, totalAmount } = outcome;
      return { status: outcome.status, rowsWritten, duplicatesSkipped, totalAmount };
    } catch (error) {
      if (retryCount < retryLimit) await retryingImport(prisma, importId, error, retryCount);
      throw error;
    }
  },
  async onFinalFailure({ importId }, reason, { prisma }) {
    await failImport(prisma, importId, reason);
  },
});

/** Why the uploader may no longer file this return (closed account, another organisation now), or null. */
async function filerProblem(prisma: PrismaClient, userId: string, supplierId: string): Promise<string | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { role: true, supplierId: true, disabledAt: true },
  });
  if (!user || user.disabledAt)
    return "The account that uploaded this return has been closed, so the return was not saved. Nothing was written.";
  if (user.role !== "SUPPLIER_USER" || user.supplierId !== supplierId)
    return "The account that uploaded this return no longer files returns for this organisation, so the return was not saved. Nothing was written.";
  return null;
}

/** Refused: the problems, each naming its row and field, kept on the upload; nothing else was written. */
async function rejectUpload(prisma: PrismaClient, importId: string, rows: ReturnRow[], rowErrors: RowError[]) {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const problems = rowErrors.map((e) => ({
    row: e.row,
    column: e.column ?? "",
    value: e.column ? (byRow.get(e.row)?.[e.column] ?? "") : "",
    message: e.message,
  }));
  await prisma.$transaction([
    prisma.import.updateMany({
      where: { id: importId, status: { in: RUNNING } },
      data: {
        status: "REJECTED",
        rowsRead: rows.length,
        errors: problems,
        failureReason: null,
        completedAt: new Date(),
      },
    }),
    prisma.importUpload.deleteMany({ where: { importId } }),
  ]);
}
