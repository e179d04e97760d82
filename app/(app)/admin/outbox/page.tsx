import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listOutbox } from "@/lib/alerts/queries";
import { formatDateTime } from "@/lib/dates/format";
import { PageSchema } from "@/lib/pagination";

export const metadata: Metadata = { title: "Outbox" };

const STATUS = {
  QUEUED: { tone: "info", label: "Waiting to send" },
  SENT: { tone: "good", label: "Sent" },
  HELD: { tone: "neutral", label: "In the outbox (no SMTP server)" },
  FAILED: { tone: "bad", label: "Failed" },
} as const;

// What each message is for, in words (recordMail's purpose); an unknown one is shown as recorded.
const PURPOSE: Record<string, string> = {
  alert: "Alert",
  digest: "Digest",
  "password-reset": "Password reset",
  invitation: "Invitation",
};

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = PageSchema.parse((await searchParams).page);
  const mail = await listOutbox(page);
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email Partnerscope has sent or holds. With no SMTP server configured (SMTP_URL), messages stay here to be read."
      />
      {mail.rows.length === 0 ? (
        <EmptyState title="No email yet">Alerts, digests, password resets and invitations appear here.</EmptyState>
      ) : (
        <>
          <ol className="space-y-4" aria-label="Messages, newest first">
            {mail.rows.map((m) => (
              <li key={m.id}>
                <article aria-labelledby={`mail-${m.id}`} className="rounded-lg border border-slate-300 bg-white p-4">
                  <h2 id={`mail-${m.id}`} className="font-semibold text-slate-900">
                    {m.subject}
                  </h2>
                  <p className="text-sm text-slate-700">
                    To {m.toEmail} · {formatDateTime(m.createdAt)} · {PURPOSE[m.purpose] ?? m.purpose}{" "}
                    <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
                    {m.lastError ? <span className="block text-red-800">Last error: {m.lastError}</span> : null}
                  </p>
                  <pre className="mt-2 font-sans break-words whitespace-pre-wrap text-slate-900">{m.text}</pre>
                </article>
              </li>
            ))}
          </ol>
          <Pagination {...mail} noun="messages" hrefFor={(p) => `/admin/outbox?page=${p}`} />
        </>
      )}
    </>
  );
}
