import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/imports/auto-refresh";
import { ImportStatusBadge, isRunning } from "@/components/imports/import-status";
import { ImportProblems } from "@/components/imports/import-problems";
import { OcdsImportResult } from "@/components/imports/ocds-import-result";
import { OcdsQueuedParty } from "@/components/imports/ocds-queued-party";
import { UnmatchedSupplier } from "@/components/imports/unmatched-supplier";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { importHasLiveJob } from "@/lib/imports/import-job";
import { getImport, listOcdsMatchQueue, listUnmatchedSuppliers } from "@/lib/imports/queries";
import { LOST_IMPORT_REASON } from "@/lib/jobs/definitions/import-outcome";
import { formatCount, formatMoney } from "@/lib/format";
import type { OcdsImportSummary } from "@/lib/ocds/import-tally";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const record = await getImport((await params).id);
  return { title: record ? `Import: ${record.fileName}` : "Import" };
}

type Problem = { row: number; column: string; value: string; message: string };

function progressText(status: string, rowsRead: number) {
  if (status === "QUEUED") return "Waiting for a worker to take the import…";
  if (status === "PARSING")
    return rowsRead > 0
      ? `Reading and checking the file: ${formatCount(rowsRead)} rows so far…`
      : "Reading and checking the file…";
  return "Writing the spend…";
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [record, unmatched, parties, hasLiveJob] = await Promise.all([
    getImport(id),
    listUnmatchedSuppliers(id),
    listOcdsMatchQueue(id),
    importHasLiveJob(id),
  ]);
  if (!record) notFound();
  // Running by its last attempt's account, but no job is left to go on: it has failed, whatever the row says yet
  // (the sweeper records it so within the hour).
  const lost = hasLiveJob === false;
  const running = isRunning(record.status) && !lost;
  const problems = (record.errors ?? []) as Problem[];
  if (record.kind === "OCDS" && record.status === "COMPLETED" && record.summary) {
    return (
      <>
        <p className="mb-2">
          <Link className="text-brand-700 underline" href="/imports">
            All imports
          </Link>
        </p>
        <PageHeader
          title={record.fileName}
          description={
            <>
              OCDS release package · <ImportStatusBadge status={record.status} />
            </>
          }
        />
        <OcdsImportResult
          importId={record.id}
          summary={record.summary as unknown as OcdsImportSummary}
          warnings={problems}
        />
      </>
    );
  }
  return (
    <>
      <p className="mb-2">
        <Link className="text-brand-700 underline" href="/imports">
          All imports
        </Link>
      </p>
      <PageHeader
        title={record.fileName}
        description={
          <>
            {record.department?.name ?? "No department"} ·{" "}
            <ImportStatusBadge status={lost ? "FAILED" : record.status} />
          </>
        }
      />
      {running ? <AutoRefresh /> : null}
      <dl className="mb-8 grid grid-cols-2 gap-4 md:grid-cols-5" aria-live="polite">
        <Stat label="Rows read" value={formatCount(record.rowsRead)} />
        <Stat label="Rows written" value={formatCount(record.rowsWritten)} />
        <Stat label="Duplicates skipped" value={formatCount(record.duplicatesSkipped)} />
        <Stat label="Suppliers to match" value={formatCount(record.unmatchedSuppliers)} />
        <Stat label="Total" value={record.status === "COMPLETED" ? formatMoney(record.totalAmount) : "—"} />
      </dl>
      {running ? (
        <p role="status" className="mb-6 text-slate-800">
          {progressText(record.status, record.rowsRead)} You can leave this page and come back: the import carries on.
          {record.failureReason ? <span className="mt-2 block">{record.failureReason}</span> : null}
        </p>
      ) : null}
      {record.status === "FAILED" || lost ? (
        <p role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {lost
            ? LOST_IMPORT_REASON
            : (record.failureReason ?? "The import could not be finished. Nothing was written; upload the file again.")}
        </p>
      ) : null}
      {record.status === "COMPLETED" ? (
        <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          Import complete: {formatCount(record.rowsWritten)} payments added, {formatCount(record.duplicatesSkipped)}{" "}
          already held.
        </p>
      ) : null}
      {record.status === "REJECTED" ? <ImportProblems importId={record.id} problems={problems} /> : null}
      {record.status === "COMPLETED" && problems.length > 0 ? (
        <ImportProblems importId={record.id} problems={problems} warningsOnly />
      ) : null}
      {record.status === "AWAITING_MATCHES" && record.kind === "OCDS" ? (
        <Card title="Suppliers to match">
          <p className="mb-4 text-slate-800">
            The package names these suppliers in a way that fits a registered supplier only in part. Nothing from the
            package is recorded until you say who each one is; then the whole package is applied.
          </p>
          <ul className="space-y-4">
            {parties.map((p) => (
              <OcdsQueuedParty
                key={p.key}
                importId={record.id}
                partyKey={p.key}
                name={p.name}
                identifiers={p.identifiers}
                paths={p.paths}
                reason={p.reason}
                candidates={p.candidates}
              />
            ))}
          </ul>
        </Card>
      ) : null}
      {record.status === "AWAITING_MATCHES" && record.kind !== "OCDS" ? (
        <Card title="Suppliers to match">
          <p className="mb-4 text-slate-800">
            These names in the file match no registered supplier. Link each to a supplier (the name is remembered for
            later files) or register it. The spend is written when none are left.
          </p>
          <ul className="space-y-4">
            {unmatched.map((u) => (
              <UnmatchedSupplier key={`${u.supplierKey}|${u.companiesHouseNumber ?? ""}`} importId={record.id} {...u} />
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
