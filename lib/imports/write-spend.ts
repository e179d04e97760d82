// Phase 2 of a spend import: once every supplier name is matched, move the staged lines into
// SpendTransaction in one transaction with the Import record and its audit event. Re-imported
// rows meet their fingerprint and are skipped (ON CONFLICT DO NOTHING), never duplicated.
import { Prisma, type PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { addImportToSpendAggregates, refreshDerivedInsight } from "@/lib/insight/refresh";
import { listUnmatchedNames, resolvedSuppliersSql } from "./supplier-matching";

export type Actor = { id: string | null; email: string } | null;

export type FinishResult =
  | { status: "AWAITING_MATCHES"; unmatched: number }
  | { status: "COMPLETED"; rowsWritten: number; duplicatesSkipped: number; totalAmount: string };

// Long imports write for minutes; the default interactive transaction timeout is 5 seconds.
const LONG_TRANSACTION = { maxWait: 60_000, timeout: 60 * 60_000 };

export async function finishSpendImport(prisma: PrismaClient, importId: string, actor: Actor): Promise<FinishResult> {
  const { departmentId, ...result } = await writeStagedSpend(prisma, importId, actor);
  // The spend roll-ups took the new rows in the same transaction; what derives from them follows.
  if (result.status === "COMPLETED" && result.rowsWritten > 0) await refreshDerivedInsight(prisma, [departmentId]);
  return result;
}

async function writeStagedSpend(prisma: PrismaClient, importId: string, actor: Actor): Promise<FinishResult & { departmentId: string }> {
  return prisma.$transaction(async (tx) => {
    // One finisher at a time per import: two people resolving the last names at once.
    const [current] = await tx.$queryRaw<{ status: string; departmentId: string }[]>`
      SELECT status::text, "departmentId" FROM "Import" WHERE id = ${importId} FOR UPDATE`;
    if (!current) throw new Error(`Import ${importId} not found`);
    if (current.status === "COMPLETED") {
      const done = await tx.import.findUniqueOrThrow({ where: { id: importId } });
      return { status: "COMPLETED", rowsWritten: done.rowsWritten, duplicatesSkipped: done.duplicatesSkipped, totalAmount: done.totalAmount.toFixed(2), departmentId: current.departmentId };
    }
    const unmatched = await listUnmatchedNames(tx, importId);
    if (unmatched.length > 0) {
      await tx.import.update({ where: { id: importId }, data: { status: "AWAITING_MATCHES", unmatchedSuppliers: unmatched.length } });
      return { status: "AWAITING_MATCHES", unmatched: unmatched.length, departmentId: current.departmentId };
    }
    await tx.import.update({ where: { id: importId }, data: { status: "WRITING", unmatchedSuppliers: 0 } });
    const [staged] = await tx.$queryRaw<{ rows: number; total: string }[]>`
      SELECT count(*)::int AS rows, COALESCE(sum(amount), 0)::text AS total FROM "StagedSpendRow" WHERE "importId" = ${importId}`;
    // The occurrence index sorts the file's rows by fingerprint: in memory, not in temporary files.
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '256MB'");
    const rowsWritten = await tx.$executeRaw(insertSpendSql(importId, current.departmentId));
    if (rowsWritten > 0) await addImportToSpendAggregates(tx, importId);
    await tx.$executeRaw`DELETE FROM "StagedSpendRow" WHERE "importId" = ${importId}`;
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
      after: { fileName: done.fileName, kind: done.kind, rowsRead: done.rowsRead, rowsWritten, duplicatesSkipped, totalAmount },
    });
    return { status: "COMPLETED", rowsWritten, duplicatesSkipped, totalAmount, departmentId: current.departmentId };
  }, LONG_TRANSACTION);
}

/**
 * One INSERT ... SELECT: ids from the import and row number (ascending, so the primary key grows at
 * its end instead of at random), supplier ids from the matching, contracts by their reference within the
 * department, and the fingerprint completed with the row's occurrence among identical rows.
 */
function insertSpendSql(importId: string, departmentId: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "SpendTransaction" (id, kind, "departmentId", "contractId", "payeeSupplierId", "paidOn", amount,
      description, "expenseType", "expenseArea", "transactionNumber", "importId", fingerprint)
    SELECT r."importId" || '-' || r."rowNumber", 'DIRECT', ${departmentId}, c.id, k."supplierId", r."paidOn", r.amount,
      r.description, r."expenseType", r."expenseArea", r."transactionNumber", r."importId",
      encode(sha256(convert_to(r."baseFingerprint" || ':' ||
        row_number() OVER (PARTITION BY r."baseFingerprint" ORDER BY r."rowNumber"), 'UTF8')), 'hex')
    FROM "StagedSpendRow" r
    JOIN (${resolvedSuppliersSql(importId)}) k
      ON k."supplierKey" = r."supplierKey" AND k."companiesHouseNumber" IS NOT DISTINCT FROM r."companiesHouseNumber"
    LEFT JOIN (
      SELECT DISTINCT ON (reference) reference, id FROM "Contract"
      WHERE "departmentId" = ${departmentId} AND reference IS NOT NULL ORDER BY reference, "createdAt"
    ) c ON c.reference = r."contractReference"
    WHERE r."importId" = ${importId}
    ON CONFLICT (fingerprint) DO NOTHING`;
}
