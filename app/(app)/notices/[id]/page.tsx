import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditHistory } from "@/components/contracts/audit-history";
import { ApproveNoticeForm, PublishNoticeForm } from "@/components/notices/notice-forms";
import { NOTICE_STATUS_STATE, ObligationStateBadge } from "@/components/notices/notice-state";
import { Card, DescriptionList } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { NOTICE_TYPE_LABELS } from "@/lib/notices/obligations";
import { getNotice } from "@/lib/notices/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const found = await getNotice((await params).id);
  if (!found) return { title: "Notice" };
  const { notice } = found;
  const label = NOTICE_TYPE_LABELS[notice.type];
  return { title: notice.contract ? `${label}: ${notice.contract.title}` : `${label}: ${notice.department.name}` };
}

export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getNotice(id);
  if (!found) notFound();
  const { notice, drafter, approver, publisher, events, canApprove, draftedByCaller, canPublish } = found;
  const exportUrl = `/api/exports/notices/${notice.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/notices?department=${notice.department.id}`} className="text-brand-700 underline">
          Notices
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{NOTICE_TYPE_LABELS[notice.type]}</h1>
        <ObligationStateBadge state={NOTICE_STATUS_STATE[notice.status]} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="The notice">
          <DescriptionList
            items={[
              [
                "About",
                notice.contract ? (
                  <Link href={`/contracts/${notice.contract.id}`} className="text-brand-700 underline">
                    {notice.contract.title}
                  </Link>
                ) : (
                  `${notice.department.name}, pipeline ${notice.financialYear ?? ""}`
                ),
              ],
              ["Due", notice.dueOn ? formatDate(notice.dueOn) : "—"],
              ["Rule", notice.rule],
              ["Drafted", `${formatDateTime(notice.draftedAt)} by ${drafter}`],
              ["Approved", notice.approvedAt ? `${formatDateTime(notice.approvedAt)} by ${approver}` : "Not yet"],
              [
                "Published",
                notice.publishedAt
                  ? `${formatDateTime(notice.publishedAt)} by ${publisher}, Find a Tender ${notice.findATenderId}`
                  : "Not yet",
              ],
            ]}
          />
          <p className="mt-4">
            <a href={exportUrl} className="font-semibold text-brand-700 underline" download>
              Download the notice (OCDS JSON)
            </a>
          </p>
          {/* The id is one long word: let it wrap on a phone. */}
          <p className="mt-1 text-sm text-slate-700" style={{ overflowWrap: "anywhere" }}>
            Stable address for scripts: {exportUrl}
          </p>
        </Card>
        <Card title="Next step">
          {notice.status === "DRAFT" ? (
            canApprove ? (
              <>
                <p className="mb-3 text-slate-800">
                  Check the notice below against the register, then approve it. You did not draft it, so you may.
                </p>
                <ApproveNoticeForm noticeId={notice.id} />
              </>
            ) : (
              <p className="text-slate-800">
                {draftedByCaller
                  ? "You drafted this notice: a second person in the department must approve it."
                  : "Waiting for approval by someone other than its drafter."}
              </p>
            )
          ) : canPublish ? (
            <>
              <p className="mb-3 text-slate-800">
                Publish it on Find a Tender (download the JSON above for its content), then record the notice id Find a
                Tender gave it.
              </p>
              <PublishNoticeForm noticeId={notice.id} />
            </>
          ) : notice.status === "PUBLISHED" ? (
            <p className="text-slate-800">Published on Find a Tender as {notice.findATenderId}.</p>
          ) : (
            <p className="text-slate-800">Approved: waiting to be published on Find a Tender.</p>
          )}
        </Card>
        <div className="lg:col-span-2">
          <Card title="Audit trail">
            <AuditHistory events={[...events].reverse()} />
          </Card>
        </div>
        <div className="lg:col-span-2">
          <Card title="Release (OCDS 1.1)">
            <pre
              className="max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs text-slate-900"
              tabIndex={0}
              aria-label="The notice's OCDS release"
            >
              {JSON.stringify(notice.release, null, 2)}
            </pre>
          </Card>
        </div>
      </div>
    </>
  );
}
