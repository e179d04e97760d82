import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CapabilityForm, RemoveCapabilityButton } from "@/components/portal/capability-form";
import { InviteForm } from "@/components/portal/invite-form";
import { LotClaimForm } from "@/components/portal/lot-claim-form";
import { ProfileForm } from "@/components/portal/profile-form";
import { SizeForm } from "@/components/portal/size-form";
import { SizeHistory } from "@/components/portal/size-history";
import { LotStatusList } from "@/components/portal/lot-status-list";
import { SizeBadge } from "@/components/suppliers/size-badge";
import { SupplierContracts } from "@/components/suppliers/supplier-contracts";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/dates/format";
import { capabilityOptions, lotOptions } from "@/lib/partner-search/queries";
import { getOwnOrganisation } from "@/lib/suppliers/queries";

export const metadata: Metadata = { title: "Our organisation" };

export default async function PortalPage() {
  const [own, capabilities, lots] = await Promise.all([getOwnOrganisation(), capabilityOptions(), lotOptions()]);
  if (!own) notFound();
  const { supplier: s, invitations, contracts } = own;
  return (
    <>
      <PageHeader
        title={s.legalName}
        description={
          <>
            Companies House {s.companiesHouseNumber ?? "—"} ·{" "}
            <SizeBadge declarations={s.sizeDeclarations} asAt={new Date()} isVcse={s.isVcse} /> · Keep this up to date:
            buyers see it when they search for partners and on your contracts.
          </>
        }
        actions={
          <Link
            href={`/suppliers/${s.id}`}
            className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800"
          >
            See how buyers see your organisation
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Size">
          <SizeHistory declarations={s.sizeDeclarations} />
          <div className="mt-6 border-t border-slate-200 pt-4">
            <SizeForm />
          </div>
        </Card>
        <Card title="Capabilities">
          {s.capabilities.length === 0 ? (
            <EmptyState title="No capabilities yet" />
          ) : (
            <ul className="space-y-3">
              {s.capabilities.map((c) => (
                <li key={c.id}>
                  <p className="font-semibold text-slate-900">{c.capability.name}</p>
                  <p className="text-sm text-slate-800">{c.description}</p>
                  {c.evidence ? <p className="text-sm text-slate-700">Evidence: {c.evidence}</p> : null}
                  <RemoveCapabilityButton id={c.id} name={c.capability.name} />
                </li>
              ))}
            </ul>
          )}
          <div className="mt-6 border-t border-slate-200 pt-4">
            <CapabilityForm options={capabilities} />
          </div>
        </Card>
        <Card title="Framework lots">
          <LotStatusList memberships={s.lotMemberships} />
          <div className="mt-6 border-t border-slate-200 pt-4">
            <LotClaimForm options={lots} />
          </div>
        </Card>
        <Card title="Organisation details">
          <ProfileForm defaults={s} />
        </Card>
        <Card title="Invite a colleague">
          <InviteForm />
          {invitations.length ? (
            <ul className="mt-4 space-y-1 text-sm text-slate-800" aria-label="Recent invitations">
              {invitations.map((i) => (
                <li key={i.id}>
                  {i.email}:{" "}
                  {i.acceptedAt
                    ? `joined ${formatDate(i.acceptedAt)}`
                    : i.expiresAt < new Date()
                      ? "expired"
                      : `open until ${formatDate(i.expiresAt)}`}
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title="Contracts" className="lg:col-span-2">
          <SupplierContracts supplierId={s.id} contracts={contracts} />
        </Card>
      </div>
    </>
  );
}
