// Phase 1 of a spend import: stream the file, validate every row, and COPY the valid lines into
// StagedSpendRow inside one transaction on a dedicated connection. Any invalid row rolls the whole
// file back (all or nothing); only the Import record, marked REJECTED with its problems, remains.
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyLine } from "./copy-text";
import { mapColumns, FIELD_LABELS } from "./spend-columns";
import { readSpendFile, type SpendFileFormat } from "./spend-readers";
import { isBlankRow, readSpendRow, type RowProblem } from "./spend-row";

/** Problems kept for the report; the count still covers them all. */
const MAX_PROBLEMS = 5_000;
const PROGRESS_EVERY = 25_000;

const COLUMNS = ["importId", "rowNumber", "paidOn", "amount", "supplierName", "supplierKey", "companiesHouseNumber",
  "description", "expenseType", "expenseArea", "transactionNumber", "contractReference", "baseFingerprint"];

export type StageResult = { ok: true; rowsRead: number } | { ok: false; rowsRead: number; problems: RowProblem[]; problemCount: number };

export async function stageSpendFile(options: {
  prisma: PrismaClient;
  databaseUrl: string;
  importId: string;
  departmentId: string;
  path: string;
  format: SpendFileFormat;
  /** Called as rows are read (the benchmark samples memory with it). */
  onProgress?: (rowsRead: number) => void;
}): Promise<StageResult> {
  const { prisma, importId, departmentId } = options;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rowsRead = 0;
  try {
    await client.query("BEGIN");
    const copy = client.query(copyFrom(`COPY "StagedSpendRow" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
    const copied = new Promise<void>((resolve, reject) => {
      copy.on("finish", resolve);
      copy.on("error", reject);
    });
    // Lines are sent in ~256 KB chunks: pg-copy-streams makes one protocol message per write.
    let buffer = "";
    const flush = () => {
      const chunk = buffer;
      buffer = "";
      return copy.write(chunk) ? undefined : new Promise<void>((r) => copy.once("drain", r));
    };
    const write = (line: string) => {
      buffer += line;
      return buffer.length >= 262_144 ? flush() : undefined;
    };
    const rows = readSpendFile(options.path, options.format);
    let columns: ReturnType<typeof mapColumns> | undefined;
    for await (const { rowNumber, cells } of rows) {
      if (!columns) {
        if (isBlankRow(cells)) continue;
        columns = mapColumns(cells);
        for (const field of columns.missing) {
          problemCount += 1;
          problems.push({ row: rowNumber, column: FIELD_LABELS[field], value: "", message: `No "${FIELD_LABELS[field]}" column in the header` });
        }
        if (columns.missing.length > 0) break;
        continue;
      }
      if (isBlankRow(cells)) continue;
      rowsRead += 1;
      const result = readSpendRow(departmentId, rowNumber, cells, columns);
      if (!result.ok) {
        problemCount += result.problems.length;
        for (const p of result.problems) if (problems.length < MAX_PROBLEMS) problems.push(p);
      } else if (problemCount === 0) {
        const l = result.line;
        const waiting = write(copyLine([importId, l.rowNumber, l.paidOn, l.amount, l.supplierName, l.supplierKey, l.companiesHouseNumber,
          l.description, l.expenseType, l.expenseArea, l.transactionNumber, l.contractReference, l.baseFingerprint]));
        if (waiting) await waiting;
      }
      if (rowsRead % PROGRESS_EVERY === 0) {
        options.onProgress?.(rowsRead);
        await reportProgress(prisma, importId, rowsRead);
      }
    }
    if (!columns) {
      problemCount += 1;
      problems.push({ row: 1, column: "", value: "", message: "The file is empty" });
    }
    if (buffer) await flush();
    copy.end();
    await copied;
    if (problemCount > 0) {
      await client.query("ROLLBACK");
      return { ok: false, rowsRead, problems, problemCount };
    }
    await client.query("COMMIT");
    return { ok: true, rowsRead };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// Committed on Prisma's own connection, outside the staging transaction, so the page sees it move.
async function reportProgress(prisma: PrismaClient, importId: string, rowsRead: number) {
  await prisma.import.update({ where: { id: importId }, data: { rowsRead } });
}
