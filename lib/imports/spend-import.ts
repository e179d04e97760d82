// A spend import from start to finish, the same for the upload page, the CLI and the benchmark:
// record the Import, stage and validate the file, then write it (or wait for supplier matches).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { SpendFileFormat } from "./spend-readers";
import { FileReadError, stageSpendFile, type StageOptions, type StageResult } from "./stage-spend";
import { finishSpendImport, type Actor, type FinishResult } from "./write-spend";

export type SpendImportResult = FinishResult | { status: "REJECTED"; rowsRead: number; problemCount: number };

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function createSpendImport(
  prisma: PrismaClient,
  input: {
    path: string;
    fileName: string;
    format: SpendFileFormat;
    departmentId: string;
    createdById: string | null;
  },
) {
  return prisma.import.create({
    data: {
      kind: input.format === "xlsx" ? "SPEND_XLSX" : "SPEND_CSV",
      fileName: input.fileName,
      fileSha256: await sha256OfFile(input.path),
      departmentId: input.departmentId,
      createdById: input.createdById,
    },
  });
}

export async function runSpendImport(options: {
  prisma: PrismaClient;
  databaseUrl: string;
  importId: string;
  departmentId: string;
  path: string;
  format: SpendFileFormat;
  actor: Actor;
  onProgress?: (rowsRead: number) => void;
  /** How the file is read and staged: in this process (the CLI, the benchmark), or boxed (the job). */
  stage?: (options: StageOptions) => Promise<StageResult>;
}): Promise<SpendImportResult> {
  const { prisma, importId } = options;
  const stage = options.stage ?? stageSpendFile;
  let staged;
  try {
    // Progress is committed on Prisma's own connection, outside the staging transaction.
    staged = await stage({
      ...options,
      recordProgress: (rowsRead) => prisma.import.update({ where: { id: importId }, data: { rowsRead } }),
    });
  } catch (error) {
    // An unreadable file (not a spreadsheet, truncated zip) is a rejection, not a crash; a database
    // error is neither and goes up to the job, which tries again.
    if (!(error instanceof FileReadError)) throw error;
    const message = error.overLimit ? error.message : `The file could not be read: ${error.message}`;
    staged = {
      ok: false as const,
      rowsRead: 0,
      problemCount: 1,
      problems: [{ row: 0, column: "", value: "", message }],
    };
  }
  if (!staged.ok) {
    await prisma.import.update({
      where: { id: importId },
      data: {
        status: "REJECTED",
        rowsRead: staged.rowsRead,
        errors: staged.problems as unknown as Prisma.InputJsonValue,
        completedAt: new Date(),
      },
    });
    return { status: "REJECTED", rowsRead: staged.rowsRead, problemCount: staged.problemCount };
  }
  await prisma.import.update({ where: { id: importId }, data: { rowsRead: staged.rowsRead } });
  return finishSpendImport(prisma, importId, options.actor);
}
