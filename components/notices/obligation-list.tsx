import Link from "next/link";
import { DraftNoticeForm } from "@/components/notices/notice-forms";
import { ObligationStateBadge } from "@/components/notices/notice-state";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/dates/format";
import { NOTICE_TYPE_LABELS, type Obligation } from "@/lib/notices/obligations";

/** Duties as a list (it reads on a phone): the notice, what it is about, the rule and date behind the deadline, its state. */
export function ObligationList({
  title,
  obligations,
  departmentId,
  canWrite,
  empty,
}: {
  title: string;
  obligations: Obligation[];
  departmentId: string;
  canWrite: boolean;
  empty: string;
}) {
  const headingId = `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-xl font-semibold text-slate-900">
        {title} <span className="text-base font-normal text-slate-700">({obligations.length})</span>
      </h2>
      {obligations.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {obligations.map((o) => (
            <li key={o.key} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">
                  {NOTICE_TYPE_LABELS[o.type]} · due {formatDate(o.dueOn)}
                </p>
                <p className="text-slate-800">
                  {o.contractId ? (
                    <Link href={`/contracts/${o.contractId}`} className="text-brand-700 underline">
                      {o.subject}
                    </Link>
                  ) : (
                    o.subject
                  )}
                </p>
                <p className="text-sm text-slate-700">{o.rule}</p>
              </div>
              <div className="flex shrink-0 flex-col items-start gap-2 sm:items-end">
                <ObligationStateBadge state={o.state} late={o.late} />
                {o.noticeId ? (
                  <Link href={`/notices/${o.noticeId}`} className="text-sm font-semibold text-brand-700 underline">
                    Open the notice
                    <span className="sr-only">
                      : {NOTICE_TYPE_LABELS[o.type]}, {o.subject}
                    </span>
                  </Link>
                ) : canWrite ? (
                  <DraftNoticeForm
                    obligationKey={o.key}
                    contractId={o.contractId}
                    departmentId={departmentId}
                    label={`Draft the ${NOTICE_TYPE_LABELS[o.type]}: ${o.subject}`}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
