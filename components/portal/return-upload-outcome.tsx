import type { ImportStatus, Prisma } from "@prisma/client";
import { AutoRefresh } from "@/components/imports/auto-refresh";
import { isRunning } from "@/components/imports/import-status";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { formatMoney } from "@/lib/format";
import { returnSavedMessage, rowsToFixMessage } from "@/lib/supply-chain/outcome-text";

type Problem = { row: number; column: string; value: string; message: string };

export type ReturnUpload = {
  fileName: string;
  status: ImportStatus;
  rowsWritten: number;
  duplicatesSkipped: number;
  totalAmount: Prisma.Decimal;
  errors: Prisma.JsonValue;
  failureReason: string | null;
};

/**
 * How an uploaded return's job is going, re-read every two seconds while it runs: waiting, checking,
 * saved (with what was added) or not saved (each row's problem, or why the job could not finish).
 */
export function ReturnUploadOutcome({ upload }: { upload: ReturnUpload }) {
  if (isRunning(upload.status)) {
    return (
      <p role="status" className="rounded border-l-4 border-brand-700 bg-slate-50 p-3 text-slate-900">
        <AutoRefresh />
        {upload.status === "QUEUED"
          ? `Waiting to check ${upload.fileName}…`
          : `Checking every row of ${upload.fileName}…`}{" "}
        You can leave this page and come back: the check carries on.
        {upload.failureReason ? <span className="mt-2 block">{upload.failureReason}</span> : null}
      </p>
    );
  }
  if (upload.status === "COMPLETED") {
    return (
      <NotificationBanner id="return-upload" message={returnSavedMessage(upload.rowsWritten, upload.duplicatesSkipped)}>
        <p className="mt-1 [overflow-wrap:anywhere]">
          {upload.fileName}: {formatMoney(upload.totalAmount)} added.
        </p>
      </NotificationBanner>
    );
  }
  if (upload.status === "REJECTED") {
    const problems = (Array.isArray(upload.errors) ? upload.errors : []) as Problem[];
    return (
      <ErrorSummary state={{ status: "error", message: rowsToFixMessage(problems.length) }}>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-red-800">
          {problems.map((p) => (
            <li key={`${p.row}-${p.column}-${p.message}`}>
              Row {p.row}: {p.message}
            </li>
          ))}
        </ul>
        <p className="mt-2">Correct {problems.length === 1 ? "this row" : "these rows"} and upload the file again.</p>
      </ErrorSummary>
    );
  }
  return (
    <ErrorSummary
      state={{
        status: "error",
        message: upload.failureReason ?? "The return could not be saved. Nothing was written; upload the file again.",
      }}
    />
  );
}
