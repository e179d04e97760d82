import type { Metadata } from "next";
import Link from "next/link";
import { NoticeList } from "@/components/notices/notice-list";
import { ObligationList } from "@/components/notices/obligation-list";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { firstValues } from "@/lib/pagination";
import { getDepartmentNotices } from "@/lib/notices/queries";
import { NoticeListParamsSchema } from "@/lib/notices/schema";

export const metadata: Metadata = { title: "Notices" };

export default async function NoticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = NoticeListParamsSchema.parse(firstValues(await searchParams));
  const { departments, department, obligations, notices, canWrite } = await getDepartmentNotices(params.department);
  const open = obligations.filter((o) => o.state === "due" || o.state === "overdue");
  return (
    <>
      <PageHeader
        title="Notices"
        description="Procurement Act 2023 notices owed from the register, the rule and date behind each deadline, and where each notice stands. A notice is drafted from the register, approved by a second person, then published on Find a Tender by hand."
      />
      {departments.length > 1 ? (
        <nav aria-label="Departments" className="mb-6 flex flex-wrap gap-2 text-sm">
          {departments.map((d) => (
            <Link
              key={d.id}
              href={`/notices?department=${d.id}`}
              aria-current={d.id === department?.id ? "page" : undefined}
              className={`rounded border px-2 py-1 ${d.id === department?.id ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 text-brand-700 underline"}`}
            >
              {d.name}
            </Link>
          ))}
        </nav>
      ) : null}
      {department ? (
        <>
          <h2 className="sr-only">{department.name}</h2>
          <ObligationList
            title="Overdue"
            obligations={open.filter((o) => o.state === "overdue")}
            departmentId={department.id}
            canWrite={canWrite}
            empty="Nothing is overdue."
          />
          <ObligationList
            title="Due"
            obligations={open.filter((o) => o.state === "due")}
            departmentId={department.id}
            canWrite={canWrite}
            empty="No notice is due."
          />
          <NoticeList
            title="Drafted, awaiting approval"
            notices={notices.filter((n) => n.status === "DRAFT")}
            empty="No draft is waiting for approval."
          />
          <NoticeList
            title="Approved, to publish"
            notices={notices.filter((n) => n.status === "APPROVED")}
            empty="No approved notice is waiting to be published."
          />
          <NoticeList
            title="Published"
            notices={notices.filter((n) => n.status === "PUBLISHED")}
            empty="No notice has been published yet."
          />
        </>
      ) : (
        <EmptyState title="No department">You have no department to owe notices for.</EmptyState>
      )}
    </>
  );
}
