import type { Metadata } from "next";
import Link from "next/link";
import { CheckpointForm } from "@/components/audit/checkpoint-form";
import { TrailEnd } from "@/components/audit/trail-end";
import { PageHeader } from "@/components/ui/page-header";
import { getAuditChainVerification } from "@/lib/audit/queries";
import { trailVerdict } from "@/lib/audit/verify";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Verify the audit trail" };

export default async function VerifyAuditPage() {
  const { result, file } = await getAuditChainVerification();
  const verdict = trailVerdict(result);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/audit" className="text-brand-700 underline">
          Audit trail
        </Link>
      </p>
      <PageHeader
        title="Verify the audit trail"
        description="Every event's hash is recomputed from its stored content and checked against the event before it; the end of the trail is checked against signed checkpoints kept outside the database."
      />
      {result.break ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="text-lg font-bold">The audit trail has been altered.</p>
          <p className="mt-1">
            Event #{result.break.id.toString()}{" "}
            {result.break.reason === "hash"
              ? "does not match its own hash: its content was changed after it was recorded."
              : "does not link to the event before it: an event was removed, inserted or altered."}{" "}
            {formatCount(result.checked)} events before it verified.
          </p>
        </div>
      ) : verdict === "intact" ? (
        <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          <p className="text-lg font-bold">The audit trail is intact.</p>
          <p className="mt-1">
            {formatCount(result.checked)} events verified
            {result.firstId !== null ? `, #${result.firstId.toString()} to #${result.lastId?.toString()}` : ""}.
          </p>
        </div>
      ) : null}
      {result.break ? null : (
        <div className="mt-4">
          <TrailEnd end={result.end} file={file} />
        </div>
      )}
      <section aria-labelledby="checkpoint-heading" className="mt-8 max-w-2xl space-y-2">
        <h2 id="checkpoint-heading" className="text-xl font-semibold text-slate-900">
          Checkpoints
        </h2>
        <p className="text-slate-800">
          A checkpoint signs how many events there are and the last one&apos;s hash, and is appended to a file outside
          the database. They are written on a schedule; write one now before and after anything you want to be sure of.
        </p>
        <CheckpointForm />
      </section>
    </>
  );
}
