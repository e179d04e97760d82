// Phase 2 of a spend import: once every supplier name is matched, move the staged lines into
// SpendTransaction in one transaction with the Import record and its audit event. Re-imported
// rows meet their fingerprint and are skipped (ON CONFLICT DO NOTHING), never duplicated.
import { Prisma, type PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { addImportToSpendAggregates } from "@/lib/insight/refresh";
import { insightRefreshJob } from "@/lib/jobs/definitions/insight-refresh";
import { sendJobIn } from "@/lib/jobs/send";
import { MATCHED_SUPPLIERS, matchStagedSuppliers } from "./supplier-matching";

export type Actor = { id: string | null; email: string } | null;

export type FinishResult =
  | { status: "AWAITING_MATCHES"; unmatched: number }
  | { status: "COMPLETED"; rowsWritten: number; duplicatesSkipped: number; totalAmount: string };

// Long imports write for minutes; the default interactive transaction timeout is 5 seconds.
const LONG_TRANSACTION = { maxWait: 60_000, timeout: 60 * 60_000 };

export async function finishSpendImport(prisma: PrismaClient, importId: string, actor: Actor): Promise<FinishResult> {
  return prisma.$transaction(async (tx) => {
    // One finisher at a time per import: two people resolving the last names at once.
    const [current] = await tx.$queryRaw<{ status: string; departmentId: string }[]>`
      SELECT status::text, "departmentId" FROM "Import" WHERE id = ${importId} FOR UPDATE`;
    if (!current) throw new Error(`Import ${importId} not found`);
    if (current.status === "COMPLETED") {
      const done = await tx.import.findUniqueOrThrow({ where: { id: importId } });
      return {
        status: "COMPLETED",
        rowsWritten: done.rowsWritten,
        duplicatesSkipped: done.duplicatesSkipped,
        totalAmount: done.totalAmount.toFixed(2),
      };
    }
    const unmatched = await matchStagedSuppliers(tx, importId, { actor, departmentId: current.departmentId });
    if (unmatched > 0) {
      await tx.import.update({
        where: { id: importId },
        data: { status: "AWAITING_MATCHES", unmatchedSuppliers: unmatched },
      });
      return { status: "AWAITING_MATCHES", unmatched };
    }
    await tx.import.update({ where: { id: importId }, data: { status: "WRITING", unmatchedSuppliers: 0 } });
    // Every staged line belongs to exactly one matched name: its lines and amounts add up to the file's.
    const [staged] = await tx.$queryRaw<{ rows: number; total: string }[]>`
      SELECT COALESCE(sum(lines), 0)::int AS rows, COALESCE(sum(amount), 0)::text AS total FROM ${MATCHED_SUPPLIERS}`;
    // Finding repeated lines hashes the file's fingerprints: in memory, not in temporary files.
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '256MB'");
    await numberRepeatedLines(tx, importId);
    const rowsWritten = await tx.$executeRaw(insertSpendSql(importId, current.departmentId));
    const years = rowsWritten > 0 ? await addImportToSpendAggregates(tx, importId) : [];
    await tx.$executeRaw`DELETE FROM "StagedSpendRow" WHERE "importId" = ${importId}`;
    // The spend roll-ups took the new rows in this transaction; what derives from them (concentration, pledged
    // vs delivered, KPI summaries, lock-in scores) follows on the queue, sent with the commit, so the import is
    // done when its payments are in and the dashboards' spend figures with them.
    if (rowsWritten > 0) await sendJobIn(tx, insightRefreshJob, { derivedOf: [current.departmentId], years });
    const duplicatesSkipped = (staged?.rows ?? 0) - rowsWritten;
    const totalAmount = staged?.total ?? "0";
    const done = await tx.import.update({
      where: { id: importId },
      data: { status: "COMPLETED", rowsWritten, duplicatesSkipped, totalAmount, completedAt: new Date() },
    });
    await recordAudit(tx, {
      actor,
      action: "import.complete",
      entityType: "Import",
      entityId: importId,
      departmentId: current.departmentId,
      after: {
        fileName: done.fileName,
        kind: done.kind,
        rowsRead: done.rowsRead,
        rowsWritten,
        duplicatesSkipped,
        totalAmount,
      },
    });
    return {
      status: "COMPLETED",
      rowsWritten,
      duplicatesSkipped,
      totalAmount,
    };
  }, LONG_TRANSACTION);
}

const REPEATED_LINES = Prisma.raw("import_repeated_line");

/**
 * A line's occurrence among the file's identical lines (same base fingerprint), in file order. Only
 * lines that repeat are numbered and kept (usually a handful): found by hashing, not by sorting the
 * whole file; every other line is its fingerprint's first. COLLATE "C" orders the repeats by bytes,
 * not by the database's collation (strcoll): the same groups, so the same occurrences, faster.
 */
async function numberRepeatedLines(tx: Prisma.TransactionClient, importId: string): Promise<void> {
  await tx.$executeRaw`CREATE TEMP TABLE ${REPEATED_LINES} ON COMMIT DROP AS
    SELECT "rowNumber", row_number() OVER (PARTITION BY "baseFingerprint" COLLATE "C" ORDER BY "rowNumber") AS occurrence
    FROM "StagedSpendRow"
    WHERE "importId" = ${importId} AND "baseFingerprint" IN (
      SELECT "baseFingerprint" FROM "StagedSpendRow" WHERE "importId" = ${importId}
      GROUP BY "baseFingerprint" HAVING count(*) > 1)`;
  await tx.$executeRaw`ANALYZE ${REPEATED_LINES}`;
}

/**
 * One INSERT ... SELECT: ids from the import and row number, supplier ids from the names matched
 * once (matchStagedSuppliers), contracts by their reference within the department, and the
 * fingerprint completed with the line's occurrence (numberRepeatedLines). The staged rows are the
 * probe side of every hash join (the other sides are small), so they reach SpendTransaction in the
 * order they were staged: the primary key is filled almost in order, not at random.
 */
function insertSpendSql(importId: string, departmentId: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "SpendTransaction" (id, kind, "departmentId", "contractId", "payeeSupplierId", "paidOn", amount,
      description, "expenseType", "expenseArea", "transactionNumber", "importId", fingerprint)
    SELECT r."importId" || '-' || r."rowNumber", 'DIRECT', ${departmentId}, c.id, k."supplierId", r."paidOn", r.amount,
      r.description, r."expenseType", r."expenseArea", r."transactionNumber", r."importId",
      encode(sha256(convert_to(r."baseFingerprint" || ':' || COALESCE(o.occurrence, 1), 'UTF8')), 'hex')
    FROM "StagedSpendRow" r
    JOIN ${MATCHED_SUPPLIERS} k
      ON k."supplierKey" = r."supplierKey" AND k."companiesHouseKey" = COALESCE(r."companiesHouseNumber", '')
    LEFT JOIN ${REPEATED_LINES} o ON o."rowNumber" = r."rowNumber"
    LEFT JOIN (
      SELECT DISTINCT ON (reference) reference, id FROM "Contract"
      WHERE "departmentId" = ${departmentId} AND reference IS NOT NULL ORDER BY reference, "createdAt"
    ) c ON c.reference = r."contractReference"
    WHERE r."importId" = ${importId}
    ON CONFLICT (fingerprint) DO NOTHING`;
}
