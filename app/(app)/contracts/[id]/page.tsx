import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { ContractSummary } from "@/components/contracts/contract-summary";
import { PartnershipView } from "@/components/contracts/partnership-view";
import { AmendmentList } from "@/components/contracts/amendment-list";
import { Card } from "@/components/ui/card";
import { getContract } from "@/lib/contracts/queries";

export const metadata: Metadata = { title: "Contract" };

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contract = await getContract(id);
  if (!contract) notFound();
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
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Summary">
          <ContractSummary contract={contract} />
        </Card>
        <Card title="Partnership">
          <PartnershipView contract={contract} />
        </Card>
        <Card title="Amendments" className="lg:col-span-2">
          <AmendmentList amendments={contract.amendments} />
        </Card>
      </div>
    </>
  );
}
