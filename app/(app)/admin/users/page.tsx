import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { WritePanel } from "@/components/contracts/write-panel";
import { listDepartmentsInScope } from "@/lib/departments/queries";
import { ROLE_LABELS } from "@/lib/access/roles";
import { firstValues } from "@/lib/pagination";
import { listUsers, UserListParamsSchema } from "@/lib/users/queries";
import { withParams } from "@/lib/url";

export const metadata: Metadata = { title: "Users" };

type Row = Awaited<ReturnType<typeof listUsers>>["rows"][number];

function scopeOf(u: Row) {
  if (u.role === "COMMERCIAL_LEAD") return u.department?.name ?? "No department";
  if (u.role === "SUPPLIER_USER") return u.supplier?.legalName ?? "No supplier";
  if (u.role === "AUDITOR")
    return u.auditorAllDepartments
      ? "All departments"
      : `${u._count.auditorGrants} department${u._count.auditorGrants === 1 ? "" : "s"}`;
  return "Everything";
}

const columns: Column<Row>[] = [
  {
    key: "name",
    header: "User",
    cell: (u) => (
      <>
        <Link href={`/admin/users/${u.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
          {u.name}
        </Link>
        <div className="text-xs text-slate-700">{u.email}</div>
      </>
    ),
  },
  { key: "role", header: "Role", cell: (u) => ROLE_LABELS[u.role] },
  { key: "scope", header: "Scope", cell: scopeOf },
  {
    key: "state",
    header: "State",
    cell: (u) => (u.disabledAt ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>),
  },
];

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = UserListParamsSchema.parse(firstValues(await searchParams));
  const [page, departments] = await Promise.all([listUsers(params), listDepartmentsInScope()]);
  return (
    <>
      <PageHeader
        title="Users"
        description="Accounts, their roles and what each may see. Invite a person with a role and scope; they choose their own name and password with the one-time link."
      />
      <div className="mb-6 max-w-2xl">
        <WritePanel summary="Invite a user">
          <InviteUserForm departments={departments.map((d) => ({ value: d.id, label: d.name }))} />
        </WritePanel>
      </div>
      <SearchForm label="Search by name or email" defaultValue={params.q} />
      {page.rows.length === 0 ? (
        <EmptyState title="No users match" />
      ) : (
        <>
          <DataTable caption="Users" columns={columns} rows={page.rows} rowKey={(u) => u.id} />
          <Pagination {...page} noun="users" hrefFor={(p) => withParams("/admin/users", { ...params, page: p })} />
        </>
      )}
    </>
  );
}
