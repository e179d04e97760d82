// Phase 1 of a spend import: stream the file, validate every row, and load the valid lines into
// StagedSpendRow inside one transaction. Any invalid row rolls the whole file back (all or nothing);
// only the Import record, marked REJECTED with its problems, remains.
import { mapColumns, FIELD_LABELS } from "./spend-columns";
import { readSpendFile, type FileRow, type SpendFileFormat } from "./spend-readers";
import { isBlankRow, readSpendRow, type RowProblem } from "./spend-row";
import { copySink, type StagingSink } from "./staging-sinks";
import { XlsxLimitError } from "./xlsx-limits";

/** Problems kept for the report; the count still covers them all. */
const MAX_PROBLEMS = 5_000;
const PROGRESS_EVERY = 25_000;

export type StageResult =
  { ok: true; rowsRead: number } | { ok: false; rowsRead: number; problems: RowProblem[]; problemCount: number };

export type StageOptions = {
  /** Commits the count of rows read so far, beside the staging transaction (the page shows it move). */
  recordProgress: (rowsRead: number) => Promise<unknown>;
  databaseUrl: string;
  importId: string;
  departmentId: string;
  path: string;
  format: SpendFileFormat;
  /** Called as rows are read (the benchmark samples memory with it). */
  onProgress?: (rowsRead: number) => void;
};

/** The file itself could not be read (not a spreadsheet, truncated, over a limit): a rejection, not a crash. */
export class FileReadError extends Error {
  /** A limit refused it: the message says which, and stands on its own. */
  constructor(
    message: string,
    readonly overLimit = false,
  ) {
    super(message);
  }
}

/** The reader's own errors become FileReadError; the database's pass through (the job retries them). */
async function* readFile(path: string, format: SpendFileFormat): AsyncGenerator<FileRow[]> {
  try {
    yield* readSpendFile(path, format);
  } catch (error) {
    throw new FileReadError(error instanceof Error ? error.message : String(error), error instanceof XlsxLimitError);
  }
}

export async function stageSpendFile(options: StageOptions): Promise<StageResult> {
  // A dedicated connection streams COPY in one transaction; progress is committed beside it.
  const sink = await copySink(options.databaseUrl);
  try {
    const result = await parseInto(options, sink);
    if (result.ok) {
      await sink.analyze();
      await sink.commit();
    } else {
      await sink.rollback();
    }
    return result;
  } catch (error) {
    await sink.abandon();
    throw error;
  } finally {
    await sink.close();
  }
}

async function parseInto(options: StageOptions, sink: StagingSink): Promise<StageResult> {
  const { importId, departmentId } = options;
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rowsRead = 0;
  let columns: ReturnType<typeof mapColumns> | undefined;
  file: for await (const batch of readFile(options.path, options.format)) {
    for (const { rowNumber, cells } of batch) {
      if (!columns) {
        if (isBlankRow(cells)) continue;
        columns = mapColumns(cells);
        for (const field of columns.missing) {
          problemCount += 1;
          problems.push({
            row: rowNumber,
            column: FIELD_LABELS[field],
            value: "",
            message: `No "${FIELD_LABELS[field]}" column in the header`,
          });
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
        await options.recordProgress(rowsRead);
      }
    }
  }
  if (!columns) {
    problemCount += 1;
    problems.push({ row: 1, column: "", value: "", message: "The file is empty" });
  } else if (rowsRead === 0 && problemCount === 0) {
    // A header alone is not an import of nothing: most likely the wrong file, or a month's file cut short.
    problemCount += 1;
    problems.push({
      row: 2,
      column: "",
      value: "",
      message: "The file has a header but no payment lines: nothing to import",
    });
  }
  await sink.end();
  return problemCount > 0 ? { ok: false, rowsRead, problems, problemCount } : { ok: true, rowsRead };
}
