import type { Metadata } from "next";
import Link from "next/link";
import { AlertSettingsForm } from "@/components/alerts/alert-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { alertKindsFor } from "@/lib/alerts/kinds";
import { getAlertSettings } from "@/lib/alerts/queries";
import { formatDateTime } from "@/lib/dates/format";

export const metadata: Metadata = { title: "Alert settings" };

export default async function AlertSettingsPage() {
  const { caller, digest, disabledKinds, recent } = await getAlertSettings();
  return (
    <>
      <PageHeader
        title="Alert settings"
        description={`Emails to ${caller.email}: re-procurement and notice dates, KPI assessments, saved searches${caller.role === "ADMIN" ? " and your queues" : ""}.`}
      />
      <AlertSettingsForm digest={digest} kinds={alertKindsFor(caller.role)} disabledKinds={disabledKinds} />
      <Card title="Your latest alerts" className="mt-8">
        {recent.length === 0 ? (
          <p className="text-slate-800">No alerts yet.</p>
        ) : (
          <ul className="space-y-2">
            {recent.map((a) => (
              <li key={a.id}>
                <Link href={a.link} className="text-brand-700 underline">
                  {a.subject}
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  {formatDateTime(a.createdAt)}
                  {a.mailId ? "" : " (waiting for your digest)"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
