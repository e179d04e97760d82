"use server";

import { createHash } from "node:crypto";
import { Decimal } from "decimal.js";
import { revalidatePath } from "next/cache";
import { failure, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireRole, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { parseReturnCsv, type ReturnRow, type RowError } from "@/lib/supply-chain/parse";
import { leadContractFacts, receiptsFor } from "@/lib/supply-chain/queries";
import { checkAgainstReceipts } from "@/lib/supply-chain/received";
import { returnFingerprint, validateReturn } from "@/lib/supply-chain/validate";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";
import { guardDatabase } from "@/lib/actions/database";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";

export type ReturnState = ActionState & { rowErrors?: RowError[] };

const MAX_BYTES = 5 * 1024 * 1024;

class Rejected extends Error {
  constructor(readonly rowErrors: RowError[]) {
    super("rejected");
  }
}

/** One payment entered in the form: the same rules and the same writer as a CSV file. */
export async function submitReturnLine(_prev: ReturnState, formData: FormData): Promise<ReturnState> {
  return guardDatabase(async () => {
    const caller = await requireRole("SUPPLIER_USER");
    const field = (name: string) => String(formData.get(name) ?? "").trim();
    const row: ReturnRow = {
      row: 1,
      contract: field("contract"),
      month: field("month"),
      member: field("member"),
      amount: field("amount"),
    };
    const text = `contract,month,member,amount\n${[row.contract, row.month, row.member, row.amount].join(",")}`;
    return asFieldErrors(await submitRows(caller, [row], "form entry", text));
  });
}

export async function uploadReturnCsv(_prev: ReturnState, formData: FormData): Promise<ReturnState> {
  return guardDatabase(async () => {
    const caller = await requireRole("SUPPLIER_USER");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0)
      return failure("Choose a CSV file to upload.", { file: ["Choose a CSV file"] });
    if (file.size > MAX_BYTES)
      return failure("The file is larger than 5 MB.", { file: ["The file is larger than 5 MB"] });
    const text = await file.text();
    const parsed = parseReturnCsv(text);
    if (parsed.errors.length) return rejected(parsed.errors);
    return submitRows(caller, parsed.rows, file.name, text);
  });
}

/** The form has one row: its problems go beside the fields they are about (the summary links to them). */
function asFieldErrors(state: ReturnState): ReturnState {
  if (state.status !== "error" || !state.rowErrors?.length) return state;
  const fieldErrors: Record<string, string[]> = {};
  for (const e of state.rowErrors) {
    const text = e.message.charAt(0).toUpperCase() + e.message.slice(1);
    (fieldErrors[e.column ?? "contract"] ??= []).push(text);
  }
  return { status: "error", message: "Nothing was saved.", fieldErrors };
}

function rejected(rowErrors: RowError[]): ReturnState {
  const count = rowErrors.length;
  return {
    status: "error",
    message: `Nothing was saved: ${count} ${count === 1 ? "row needs" : "rows need"} fixing.`,
    rowErrors,
  };
}

async function submitRows(caller: Caller, rows: ReturnRow[], fileName: string, text: string): Promise<ReturnState> {
  const payerSupplierId = caller.supplierId;
  if (!payerSupplierId) return failure("Your account is not linked to an organisation.");
  try {
    const result = await db.$transaction(async (tx) => {
      // One return at a time per lead partner: a second, sent at the same moment, sees the first's payments
      // as already reported instead of colliding with them.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('supply-chain-return'), hashtext(${payerSupplierId}))`;
      // Only contracts this supplier leads: a forged contract id of anyone else's is "not your contract".
      const contracts = await leadContractFacts(payerSupplierId, tx);
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
        payerSupplierId,
        lines,
        withPrints.map((l) => l.fingerprint),
        tx,
      );
      const overpaid = checkAgainstReceipts(
        lines,
        received,
        reportedBefore,
        new Map(contracts.map((c) => [c.id, c.title])),
      );
      if (overpaid.length) throw new Rejected(overpaid);
      const fresh = withPrints.filter((l) => !previous.has(l.fingerprint));
      const total = fresh.reduce((sum, l) => sum.plus(l.amount), new Decimal(0));
      const departments = new Set(lines.map((l) => l.departmentId));
      const record = await tx.import.create({
        data: {
          kind: "SUPPLY_CHAIN_RETURN",
          fileName,
          fileSha256: createHash("sha256").update(text).digest("hex"),
          departmentId: departments.size === 1 ? [...departments][0] : null,
          status: "COMPLETED",
          rowsRead: rows.length,
          rowsWritten: fresh.length,
          duplicatesSkipped: withPrints.length - fresh.length,
          totalAmount: total.toFixed(2),
          createdById: caller.id,
          completedAt: new Date(),
        },
      });
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
      await recordAudit(tx, {
        actor: caller,
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
      return { ...record, departmentIds: [...departments] };
    });
    await refreshInsightSoon({ departmentIds: result.departmentIds });
    revalidatePath("/supply-chain-returns");
    const skipped = result.duplicatesSkipped ? `; ${result.duplicatesSkipped} already reported, not added again` : "";
    return {
      status: "success",
      message: `Return saved: ${result.rowsWritten} ${result.rowsWritten === 1 ? "payment" : "payments"} added${skipped}.`,
    };
  } catch (error) {
    if (error instanceof Rejected) return rejected(error.rowErrors);
    // Another writer of the same payments (an import) got there first: say so, do not crash.
    if (violated(error, UNIQUE_VIOLATION))
      return failure(
        "Some of these payments were reported by another submission at the same moment. Nothing was saved: look at your returns, then send what is missing again.",
      );
    throw error;
  }
}
