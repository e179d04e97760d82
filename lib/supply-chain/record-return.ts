// Writes a return: checks every row against the lead's contracts, what it was paid and what was reported
// before, then writes the payments, the Import and its audit event in one transaction, or nothing.
// Both ways in use it: a payment entered in the form (a new Import) and an uploaded CSV's job (the
// upload's own QUEUED Import, locked, so of two attempts only one ever writes: the other finds it ended).
// No `server-only`: the worker runs it with its own client.
import { Decimal } from "decimal.js";
import type { Prisma, PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { ReturnRow, RowError } from "@/lib/supply-chain/parse";
import { checkAgainstReceipts } from "@/lib/supply-chain/received";
import { leadContractFacts, receiptsFor } from "@/lib/supply-chain/return-facts";
import { returnFingerprint, validateReturn } from "@/lib/supply-chain/validate";

export type ReturnSource =
  /** A return that is written at once: its Import is made with it. */
  | { kind: "entry"; fileName: string; fileSha256: string }
  /** An uploaded file's: its Import exists (QUEUED or PARSING) and holds the file until written. */
  | { kind: "upload"; importId: string };

export type ReturnOutcome =
  | {
      status: "COMPLETED";
      importId: string;
      rowsWritten: number;
      duplicatesSkipped: number;
      totalAmount: string;
      departmentIds: string[];
    }
  | { status: "REJECTED"; rowErrors: RowError[] }
  /** The upload was already written or refused (a retried or repeated job): nothing done. */
  | { status: "ENDED"; importStatus: string };

type Input = {
  payerSupplierId: string;
  actor: { id: string; email: string };
  rows: ReturnRow[];
  source: ReturnSource;
};

class Rejected extends Error {
  constructor(readonly rowErrors: RowError[]) {
    super("rejected");
  }
}

export async function recordReturn(prisma: PrismaClient, input: Input): Promise<ReturnOutcome> {
  try {
    return await prisma.$transaction((tx) => writeReturn(tx, input), { maxWait: 30_000, timeout: 120_000 });
  } catch (error) {
    if (error instanceof Rejected) return { status: "REJECTED", rowErrors: error.rowErrors };
    throw error;
  }
}

async function writeReturn(tx: Prisma.TransactionClient, { payerSupplierId, actor, rows, source }: Input) {
  let fileName = source.kind === "entry" ? source.fileName : "";
  if (source.kind === "upload") {
    // The upload's row, locked to the end of the transaction: a second attempt waits, then finds it ended.
    const [upload] = await tx.$queryRaw<{ status: string; fileName: string }[]>`
      SELECT status::text, "fileName" FROM "Import" WHERE id = ${source.importId} FOR UPDATE`;
    if (!upload || !["QUEUED", "PARSING"].includes(upload.status))
      return { status: "ENDED" as const, importStatus: upload?.status ?? "MISSING" };
    fileName = upload.fileName;
  }
  // One return at a time per lead partner: a second, sent at the same moment, sees the first's payments
  // as already reported instead of colliding with them.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('supply-chain-return'), hashtext(${payerSupplierId}))`;
  // Only contracts this supplier leads: a forged contract id of anyone else's is "not your contract".
  const contracts = await leadContractFacts(tx, payerSupplierId);
  const { lines, errors } = validateReturn(rows, contracts, new Date());
  if (errors.length) throw new Rejected(errors);
  const withPrints = lines.map((l) => ({ ...l, fingerprint: returnFingerprint(l) }));
  const existing = await tx.spendTransaction.findMany({
    where: { fingerprint: { in: withPrints.map((l) => l.fingerprint) } },
    select: { fingerprint: true, amount: true },
  });
  const previous = new Map(existing.map((e) => [e.fingerprint, e.amount.toFixed(2)]));
  const conflicts = withPrints
    .filter((l) => previous.has(l.fingerprint) && previous.get(l.fingerprint) !== l.amount)
    .map((l) => ({
      row: l.row,
      message: `an amount of £${previous.get(l.fingerprint)} was already reported for this member and month; ask an administrator to correct it`,
    }));
  if (conflicts.length) throw new Rejected(conflicts);
  const { received, reportedBefore } = await receiptsFor(
    tx,
    payerSupplierId,
    lines,
    withPrints.map((l) => l.fingerprint),
  );
  const overpaid = checkAgainstReceipts(
    lines,
    received,
    reportedBefore,
    new Map(contracts.map((c) => [c.id, c.title])),
  );
  if (overpaid.length) throw new Rejected(overpaid);

  const fresh = withPrints.filter((l) => !previous.has(l.fingerprint));
  const departments = [...new Set(lines.map((l) => l.departmentId))];
  const outcome = {
    departmentId: departments.length === 1 ? departments[0]! : null,
    status: "COMPLETED" as const,
    rowsRead: rows.length,
    rowsWritten: fresh.length,
    duplicatesSkipped: withPrints.length - fresh.length,
    totalAmount: fresh.reduce((sum, l) => sum.plus(l.amount), new Decimal(0)).toFixed(2),
    completedAt: new Date(),
  };
  const record =
    source.kind === "entry"
      ? await tx.import.create({
          data: {
            kind: "SUPPLY_CHAIN_RETURN",
            fileName,
            fileSha256: source.fileSha256,
            createdById: actor.id,
            ...outcome,
          },
        })
      : await tx.import.update({ where: { id: source.importId }, data: { ...outcome, failureReason: null } });
  await tx.spendTransaction.createMany({
    data: fresh.map((l) => ({
      kind: "INDIRECT" as const,
      departmentId: l.departmentId,
      contractId: l.contractId,
      payerSupplierId,
      payeeSupplierId: l.payeeSupplierId,
      paidOn: l.paidOn,
      amount: l.amount,
      description: `Supply-chain return ${l.month}`,
      importId: record.id,
      fingerprint: l.fingerprint,
    })),
  });
  // Written: the upload's file has done its work.
  if (source.kind === "upload") await tx.importUpload.deleteMany({ where: { importId: record.id } });
  await recordAudit(tx, {
    actor,
    action: "supply-chain-return.submit",
    entityType: "Import",
    entityId: record.id,
    departmentId: record.departmentId,
    after: {
      fileName,
      rowsRead: record.rowsRead,
      rowsWritten: record.rowsWritten,
      duplicatesSkipped: record.duplicatesSkipped,
      totalAmount: record.totalAmount,
    },
  });
  return {
    status: "COMPLETED" as const,
    importId: record.id,
    rowsWritten: record.rowsWritten,
    duplicatesSkipped: record.duplicatesSkipped,
    totalAmount: outcome.totalAmount,
    departmentIds: departments,
  };
}
