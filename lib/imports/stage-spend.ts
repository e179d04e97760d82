// Phase 1 of a spend import: stream the file, validate every row, and load the valid lines into
// StagedSpendRow inside one transaction. Any invalid row rolls the whole file back (all or nothing);
// only the Import record, marked REJECTED with its problems, remains.
import type { PrismaClient } from "@prisma/client";
import { mapColumns, FIELD_LABELS } from "./spend-columns";
import { readSpendFile, type SpendFileFormat } from "./spend-readers";
import { isBlankRow, readSpendRow, type RowProblem } from "./spend-row";
import { copySink, prismaSink, type StagingSink } from "./staging-sinks";

/** Problems kept for the report; the count still covers them all. */
const MAX_PROBLEMS = 5_000;
const PROGRESS_EVERY = 25_000;

export type StageResult = { ok: true; rowsRead: number } | { ok: false; rowsRead: number; problems: RowProblem[]; problemCount: number };

type StageOptions = {
  prisma: PrismaClient;
  databaseUrl: string;
  importId: string;
  departmentId: string;
  path: string;
  format: SpendFileFormat;
  /** Called as rows are read (the benchmark samples memory with it). */
  onProgress?: (rowsRead: number) => void;
};

class Rejected extends Error {}

export async function stageSpendFile(options: StageOptions): Promise<StageResult> {
  // The embedded database has a single session (pool of one): stage through Prisma's own connection.
  // Otherwise a dedicated connection streams COPY, and progress is committed beside it.
  if (Number(process.env.DATABASE_POOL_MAX) === 1) {
    let result: StageResult | undefined;
    await options.prisma
      .$transaction(async (tx) => {
        const sink = prismaSink(tx);
        result = await parseInto(options, sink, false);
        if (!result.ok) throw new Rejected();
        await sink.analyze();
      }, { maxWait: 60_000, timeout: 60 * 60_000 })
      .catch((error: unknown) => {
        if (!(error instanceof Rejected)) throw error;
      });
    return result!;
  }
  const sink = await copySink(options.databaseUrl);
  try {
    const result = await parseInto(options, sink, true);
    if (result.ok) {
      await sink.analyze();
      await sink.commit();
    } else {
      await sink.rollback();
    }
    return result;
  } catch (error) {
    await sink.rollback().catch(() => undefined);
    throw error;
  } finally {
    await sink.close();
  }
}

async function parseInto(options: StageOptions, sink: StagingSink, reportProgress: boolean): Promise<StageResult> {
  const { prisma, importId, departmentId } = options;
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rowsRead = 0;
  let columns: ReturnType<typeof mapColumns> | undefined;
  file: for await (const batch of readSpendFile(options.path, options.format)) {
    for (const { rowNumber, cells } of batch) {
      if (!columns) {
        if (isBlankRow(cells)) continue;
        columns = mapColumns(cells);
        for (const field of columns.missing) {
          problemCount += 1;
          problems.push({ row: rowNumber, column: FIELD_LABELS[field], value: "", message: `No "${FIELD_LABELS[field]}" column in the header` });
        }
        if (columns.missing.length > 0) break file;
        continue;
      }
      if (isBlankRow(cells)) continue;
      rowsRead += 1;
      const result = readSpendRow(departmentId, rowNumber, cells, columns);
      if (!result.ok) {
        problemCount += result.problems.length;
        for (const p of result.problems) if (problems.length < MAX_PROBLEMS) problems.push(p);
      } else if (problemCount === 0) {
        const waiting = sink.write(importId, result.line);
        if (waiting) await waiting;
      }
      if (rowsRead % PROGRESS_EVERY === 0) {
        options.onProgress?.(rowsRead);
        // Committed on Prisma's own connection, outside the staging transaction, so the page sees it move.
        if (reportProgress) await prisma.import.update({ where: { id: importId }, data: { rowsRead } });
      }
    }
  }
  if (!columns) {
    problemCount += 1;
    problems.push({ row: 1, column: "", value: "", message: "The file is empty" });
  }
  await sink.end();
  return problemCount > 0 ? { ok: false, rowsRead, problems, problemCount } : { ok: true, rowsRead };
}
