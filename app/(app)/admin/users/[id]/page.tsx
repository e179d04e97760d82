import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditorAccessForm } from "@/components/users/auditor-access-form";
import { SignOutEverywhereForm } from "@/components/users/sign-out-everywhere-form";
import { Card, DescriptionList } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/access/roles";
import { getUserForAdmin } from "@/lib/users/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const found = await getUserForAdmin((await params).id);
  return { title: found ? `User: ${found.user.name}` : "User" };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getUserForAdmin(id);
  if (!found) notFound();
  const { user, departments } = found;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          Users
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{user.name}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Account">
          <DescriptionList
            items={[
              ["Email", user.email],
              ["Role", ROLE_LABELS[user.role]],
              ["Department", user.department?.name ?? "—"],
              ["Supplier", user.supplier?.legalName ?? "—"],
            ]}
          />
          <div className="mt-6">
            <SignOutEverywhereForm userId={user.id} />
          </div>
        </Card>
        {user.role === "AUDITOR" ? (
          <Card title="Auditor access">
            <AuditorAccessForm
              userId={user.id}
              departments={departments}
              allDepartments={user.auditorAllDepartments}
              grantedIds={user.auditorGrants.map((g) => g.departmentId)}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
