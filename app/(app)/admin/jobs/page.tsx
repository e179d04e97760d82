import type { Metadata } from "next";
import Link from "next/link";
import { RetryJobForm } from "@/components/jobs/retry-job-form";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatCount } from "@/lib/format";
import { formatDateTime } from "@/lib/dates/format";
import { countJobs, listJobs, type JobRow } from "@/lib/jobs/queries";
import { jobTitle } from "@/lib/jobs/registry";
import { JOB_VIEWS, JobListParamsSchema } from "@/lib/jobs/schema";
import { firstValues } from "@/lib/pagination";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Jobs" };

const STATE: Record<string, { label: string; tone: "neutral" | "good" | "warn" | "bad" | "info" }> = {
  created: { label: "Queued", tone: "neutral" },
  retry: { label: "Queued to retry", tone: "warn" },
  active: { label: "Running", tone: "info" },
  completed: { label: "Done", tone: "good" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  failed: { label: "Failed", tone: "bad" },
};

const VIEW_LABELS = { all: "All", queued: "Queued", running: "Running", failed: "Failed" } as const;

const columns: Column<JobRow>[] = [
  {
    key: "job",
    header: "Job",
    cell: (j) => (
      <>
        <span className="font-semibold">{jobTitle(j.name)}</span>
        {j.importId ? (
          <div>
            <Link className="text-sm text-brand-700 underline" href={`/imports/${j.importId}`}>
              The import
            </Link>
          </div>
        ) : null}
      </>
    ),
  },
  {
    key: "state",
    header: "State",
    cell: (j) => <Badge tone={STATE[j.state]?.tone ?? "neutral"}>{STATE[j.state]?.label ?? j.state}</Badge>,
  },
  {
    key: "attempts",
    header: "Attempts",
    align: "right",
    cell: (j) => `${j.retryCount + (j.startedOn ? 1 : 0)} of ${j.retryLimit + 1}`,
  },
  { key: "created", header: "Queued at", cell: (j) => formatDateTime(j.createdOn) },
  {
    key: "error",
    header: "Error",
    cell: (j) => (j.error ? <span className="text-sm break-words text-red-900">{j.error}</span> : "—"),
  },
  {
    key: "retry",
    header: "Action",
    cell: (j) => (j.state === "failed" ? <RetryJobForm jobId={j.id} title={jobTitle(j.name)} /> : null),
  },
];

export default async function JobsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = JobListParamsSchema.parse(firstValues(await searchParams));
  const [page, counts] = await Promise.all([listJobs(params), countJobs()]);
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Background work: imports, dashboard refreshes, the nightly roll-up check and the clean-up. Workers take jobs from this queue; a failed job can be retried."
      />
      <p className="mb-4 text-slate-800" aria-live="polite">
        {formatCount(counts.queued)} queued · {formatCount(counts.running)} running · {formatCount(counts.failed)}{" "}
        failed
      </p>
      <nav aria-label="Jobs by state" className="mb-4 flex flex-wrap gap-3">
        {JOB_VIEWS.map((view) => (
          <Link
            key={view}
            href={withParams("/admin/jobs", { view: view === "all" ? undefined : view })}
            aria-current={params.view === view ? "page" : undefined}
            className={`rounded border px-3 py-1 ${params.view === view ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 text-brand-700 underline"}`}
          >
            {VIEW_LABELS[view]}
          </Link>
        ))}
      </nav>
      {page.rows.length === 0 ? (
        <EmptyState title={`No ${params.view === "all" ? "" : `${VIEW_LABELS[params.view].toLowerCase()} `}jobs`} />
      ) : (
        <>
          <DataTable caption="Jobs, newest first" columns={columns} rows={page.rows} rowKey={(j) => j.id} />
          <Pagination
            {...page}
            noun="jobs"
            hrefFor={(p) =>
              withParams("/admin/jobs", { view: params.view === "all" ? undefined : params.view, page: p })
            }
          />
        </>
      )}
    </>
  );
}
