import Link from "next/link";
import { NOTICE_STATUS_STATE, ObligationStateBadge } from "@/components/notices/notice-state";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/dates/format";
import { NOTICE_TYPE_LABELS, type NoticeStatus, type NoticeType } from "@/lib/notices/obligations";

type NoticeRow = {
  id: string;
  type: NoticeType;
  status: NoticeStatus;
  dueOn: Date | null;
  rule: string;
  draftedAt: Date;
  publishedAt: Date | null;
  findATenderId: string | null;
  contract: { id: string; title: string } | null;
  financialYear: number | null;
};

/** Notices drafted from the register, at one stage of drafted -> approved -> published. */
export function NoticeList({ title, notices, empty }: { title: string; notices: NoticeRow[]; empty: string }) {
  const headingId = `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-xl font-semibold text-slate-900">
        {title} <span className="text-base font-normal text-slate-700">({notices.length})</span>
      </h2>
      {notices.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {notices.map((n) => (
            <li key={n.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">
                  <Link href={`/notices/${n.id}`} className="text-brand-700 underline">
                    {NOTICE_TYPE_LABELS[n.type]}: {n.contract?.title ?? `pipeline ${n.financialYear ?? ""}`}
                  </Link>
                </p>
                <p className="text-sm text-slate-700">
                  {n.dueOn ? `Due ${formatDate(n.dueOn)}. ` : ""}
                  {n.rule}
                </p>
                <p className="text-sm text-slate-700">
                  Drafted {formatDate(n.draftedAt)}
                  {n.publishedAt ? `; published ${formatDate(n.publishedAt)} as ${n.findATenderId}` : ""}
                </p>
              </div>
              <ObligationStateBadge state={NOTICE_STATUS_STATE[n.status]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
