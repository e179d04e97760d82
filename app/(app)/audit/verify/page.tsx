import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getAuditChainVerification } from "@/lib/audit/queries";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Verify the audit trail" };

export default async function VerifyAuditPage() {
  const result = await getAuditChainVerification();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/audit" className="text-brand-700 underline">Audit trail</Link>
      </p>
      <PageHeader title="Verify the audit trail" description="Every event's hash is recomputed from its stored content and checked against the event before it." />
      {result.break ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="text-lg font-bold">The audit trail has been altered.</p>
          <p className="mt-1">
            Event #{result.break.id.toString()}{" "}
            {result.break.reason === "hash" ? "does not match its own hash: its content was changed after it was recorded." : "does not link to the event before it: an event was removed, inserted or altered."}{" "}
            {formatCount(result.checked)} events before it verified.
          </p>
        </div>
      ) : (
        <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          <p className="text-lg font-bold">The audit trail is intact.</p>
          <p className="mt-1">
            {formatCount(result.checked)} events verified
            {result.firstId !== null ? `, #${result.firstId.toString()} to #${result.lastId?.toString()}` : ""}.
          </p>
        </div>
      )}
    </>
  );
}
