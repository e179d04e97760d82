import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { ChangeLedger } from "@/components/changes/change-ledger";
import { AuditHistory } from "@/components/contracts/audit-history";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { ContractSummary } from "@/components/contracts/contract-summary";
import { AmendmentForm } from "@/components/contracts/forms/amendment-form";
import { AssessmentForm, KpiForm } from "@/components/contracts/forms/kpi-forms";
import { AddMemberForm, RemoveMemberForm } from "@/components/contracts/forms/partnership-forms";
import { CommitmentForm, DeliveryForm } from "@/components/contracts/forms/social-value-forms";
import { KpiPanel } from "@/components/contracts/kpi-panel";
import { LockInList } from "@/components/contracts/lock-in-list";
import { PartnershipView } from "@/components/contracts/partnership-view";
import { SocialValuePanel } from "@/components/contracts/social-value-panel";
import { SpendPanel } from "@/components/contracts/spend-panel";
import { WritePanel } from "@/components/contracts/write-panel";
import { Await } from "@/components/ui/await";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { canReadContractHistory, getContractSpend, listContractAuditEvents } from "@/lib/contracts/detail-queries";
import { getChangeLedger } from "@/lib/changes/queries";
import { getContract } from "@/lib/contracts/queries";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import { PerformanceFailureForm } from "@/components/notices/performance-failure-form";
import { getContractLockIn } from "@/lib/risk/queries";
import { OwnerSection } from "./owner-section";
import { callerCan } from "@/lib/access/caller";

/** The contract's title names the page (getContract is scoped: out of scope, the generic title). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const contract = await getContract((await params).id);
  return { title: contract ? contract.title : "Contract" };
}

function Section({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <div id={id} className={`min-w-0 scroll-mt-4 ${wide ? "lg:col-span-2" : ""}`}>
      <Card title={title} className="h-full">
        {children}
      </Card>
    </div>
  );
}

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Found and in scope before anything streams, so a missing contract answers 404 (no loading.tsx here:
  // it would send 200 first). Spend and history then stream into their sections.
  const [contract, canWrite, readsHistory, ledger, lockIn] = await Promise.all([
    getContract(id),
    callerCan("writeContracts"),
    canReadContractHistory(),
    getChangeLedger(id),
    getContractLockIn(id),
  ]);
  if (!contract || !ledger || !lockIn) notFound();
  const spend = getContractSpend(id);
  const events = readsHistory ? listContractAuditEvents(id) : null;
  const open = contract.status === "ACTIVE" || contract.status === "PLANNED";
  const writable = canWrite && open;
  const current = contract.members.filter((m) => m.leftOn === null);
  const accountable = [
    { value: contract.leadPartner.id, label: `${contract.leadPartner.legalName} (lead partner)` },
    ...current.map((m) => ({ value: m.supplierId, label: m.supplier.legalName })),
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contracts" className="text-brand-700 underline">
          Contracts
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{contract.title}</h1>
        <ContractStatusBadge status={contract.status} />
        {canWrite ? (
          <Link
            href={`/contracts/${contract.id}/edit`}
            className="ml-auto rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50"
          >
            Edit or close
          </Link>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="summary" title="Summary">
          <ContractSummary contract={contract} />
          <OwnerSection contractId={contract.id} canWrite={canWrite} />
        </Section>
        <Section id="partnership" title="Partnership">
          <PartnershipView contract={contract} />
          {writable ? (
            <>
              <WritePanel summary="Add a member">
                <AddMemberForm
                  contractId={contract.id}
                  partnerIds={[contract.leadPartnerId, ...current.map((m) => m.supplierId)]}
                />
              </WritePanel>
              {current.length > 0 ? (
                <WritePanel summary="Record a member leaving">
                  <RemoveMemberForm
                    contractId={contract.id}
                    members={current.map((m) => ({ value: m.id, label: m.supplier.legalName }))}
                  />
                </WritePanel>
              ) : null}
            </>
          ) : null}
        </Section>
        <Section id="spend" title="Spend to date">
          <Suspense fallback={<Skeleton label="Loading spend to date…" />}>
            <Await promise={spend}>{(spend) => <SpendPanel contract={contract} spend={spend} />}</Await>
          </Suspense>
        </Section>
        <Section id="lock-in" title="Lock-in factors">
          <LockInList lockIn={lockIn} showMethod={readsHistory} />
        </Section>
        <Section id="kpis" title="KPIs and ratings" wide>
          <KpiPanel contract={contract} />
          {writable ? (
            <>
              <WritePanel summary="Add a KPI">
                <KpiForm contractId={contract.id} accountable={accountable} />
              </WritePanel>
              {contract.kpis.length > 0 ? (
                <WritePanel summary="Record an assessment">
                  <AssessmentForm
                    contractId={contract.id}
                    kpis={contract.kpis.map((k) => ({ value: k.id, label: k.name }))}
                  />
                </WritePanel>
              ) : null}
              <WritePanel summary="Record a breach or failure to improve">
                <PerformanceFailureForm contractId={contract.id} suppliers={accountable} />
              </WritePanel>
            </>
          ) : null}
        </Section>
        <Section id="social-value" title="Social value" wide>
          <SocialValuePanel commitments={contract.socialValueCommitments} />
          {writable ? (
            <>
              <WritePanel summary="Add a commitment">
                <CommitmentForm contractId={contract.id} accountable={accountable} />
              </WritePanel>
              {contract.socialValueCommitments.length > 0 ? (
                <WritePanel summary="Record a delivery">
                  <DeliveryForm
                    contractId={contract.id}
                    commitments={contract.socialValueCommitments.map((c) => ({
                      value: c.id,
                      label: `${c.theme}: ${c.description}`,
                    }))}
                  />
                </WritePanel>
              ) : null}
            </>
          ) : null}
        </Section>
        <Section id="amendments" title="Changes" wide>
          <ChangeLedger ledger={ledger} />
          {writable ? (
            <WritePanel summary="Record a change">
              <AmendmentForm
                contractId={contract.id}
                earlierChanges={ledger.entries
                  .filter((c) => !c.endsContract)
                  .map((c) => ({
                    value: c.id,
                    label: `${formatDate(c.date)}: ${c.valueChange.toString() !== "0" ? `${formatMoney(c.valueChange)}, ` : ""}${c.rationale.slice(0, 60)}`,
                  }))}
              />
            </WritePanel>
          ) : null}
        </Section>
        {events ? (
          <Section id="history" title="Audit history" wide>
            <Suspense fallback={<Skeleton label="Loading the audit history…" lines={4} />}>
              <Await promise={events}>{(events) => (events ? <AuditHistory events={events} /> : null)}</Await>
            </Suspense>
          </Section>
        ) : null}
      </div>
    </>
  );
}
