"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { queueSupplyChainReturn, webStream } from "@/lib/imports/queue-import";
import type { ReturnRow, RowError } from "@/lib/supply-chain/parse";
import { recordReturn } from "@/lib/supply-chain/record-return";
import { returnSavedMessage } from "@/lib/supply-chain/outcome-text";
import { UploadReturnCsvSchema } from "@/lib/supply-chain/schema";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";
import { guardDatabase } from "@/lib/actions/database";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";

export type ReturnState = ActionState;

const NOT_LINKED = "Your account is not linked to an organisation.";

/** One payment entered in the form: the same rules and the same writer as an uploaded file's job. */
export async function submitReturnLine(_prev: ReturnState, formData: FormData): Promise<ReturnState> {
  return guardDatabase(async () => {
    const caller = await requireCan("fileSupplyChainReturns");
    if (!caller.supplierId) return failure(NOT_LINKED);
    const field = (name: string) => String(formData.get(name) ?? "").trim();
    const row: ReturnRow = {
      row: 1,
      contract: field("contract"),
      month: field("month"),
      member: field("member"),
      amount: field("amount"),
    };
    const text = `contract,month,member,amount\n${[row.contract, row.month, row.member, row.amount].join(",")}`;
    try {
      const outcome = await recordReturn(db, {
        payerSupplierId: caller.supplierId,
        actor: caller,
        rows: [row],
        source: { kind: "entry", fileName: "form entry", fileSha256: createHash("sha256").update(text).digest("hex") },
      });
      if (outcome.status === "REJECTED") return asFieldErrors(outcome.rowErrors);
      if (outcome.status !== "COMPLETED") throw new Error("a form entry has no upload to end");
      await refreshInsightSoon({ departmentIds: outcome.departmentIds });
      revalidatePath("/supply-chain-returns");
      return { status: "success", message: returnSavedMessage(outcome.rowsWritten, outcome.duplicatesSkipped) };
    } catch (error) {
      // Another writer of the same payments (an uploaded return's job) got there first: say so, do not crash.
      if (violated(error, UNIQUE_VIOLATION))
        return failure(
          "Some of these payments were reported by another submission at the same moment. Nothing was saved: look at your returns, then send what is missing again.",
        );
      throw error;
    }
  });
}

/**
 * Stores the file (in the database, so any worker can read it) as a QUEUED return and queues its job,
 * which checks and writes every row or none: the page then shows how the job is going and what it found.
 */
export async function uploadReturnCsv(_prev: ReturnState, formData: FormData): Promise<ReturnState> {
  return guardDatabase(async () => {
    const caller = await requireCan("fileSupplyChainReturns");
    if (!caller.supplierId) return failure(NOT_LINKED);
    const parsed = await UploadReturnCsvSchema.safeParseAsync(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { file } = parsed.data;
    const record = await queueSupplyChainReturn(db, {
      fileName: file.name,
      body: webStream(file.stream()),
      actor: { id: caller.id, email: caller.email },
      supplierId: caller.supplierId,
    });
    revalidatePath("/supply-chain-returns");
    redirect(`/supply-chain-returns?return=${record.id}`);
  });
}

/** The form has one row: its problems go beside the fields they are about (the summary links to them). */
function asFieldErrors(rowErrors: RowError[]): ReturnState {
  const fieldErrors: Record<string, string[]> = {};
  for (const e of rowErrors) {
    const text = e.message.charAt(0).toUpperCase() + e.message.slice(1);
    (fieldErrors[e.column ?? "contract"] ??= []).push(text);
  }
  return { status: "error", message: "Nothing was saved.", fieldErrors };
}
