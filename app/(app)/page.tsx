import Link from "next/link";
import { AccessCard } from "@/components/overview/access-card";
import { AttentionCard } from "@/components/overview/attention-card";
import { Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/access/roles";
import { formatCount, formatMoneyCompact } from "@/lib/format";
import { getOverview } from "@/lib/overview/queries";

export default async function OverviewPage() {
  const overview = await getOverview();
  return (
    <>
      <PageHeader
        title="Overview"
        description={`Signed in as ${overview.caller.name}, ${ROLE_LABELS[overview.caller.role].toLowerCase()}.`}
      />
      {overview.attention ? <AttentionCard items={overview.attention} /> : null}
      {overview.readable ? <AccessCard departments={overview.readable} /> : null}
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat label="Contracts you can see" value={formatCount(overview.contracts)} />
        <Stat label="Active contracts" value={formatCount(overview.activeContracts)} />
        <Stat label="Current value of active contracts" value={formatMoneyCompact(overview.activeValue ?? 0)} />
      </dl>
      <p className="mt-6">
        <Link href="/contracts" className="font-semibold text-brand-700 underline">
          Open the contract register
        </Link>
      </p>
    </>
  );
}
