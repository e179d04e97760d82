import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseContractForm } from "@/components/contracts/forms/close-contract-form";
import { ContractForm } from "@/components/contracts/forms/contract-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { updateContract } from "@/lib/contracts/actions";
import { getContractFormOptions } from "@/lib/contracts/form-queries";
import { getContract } from "@/lib/contracts/queries";
import { isoDate } from "@/lib/dates/format";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const contract = await getContract((await params).id);
  return { title: contract ? `Edit: ${contract.title}` : "Edit contract" };
}

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [options, contract] = await Promise.all([getContractFormOptions(), getContract(id)]);
  if (!contract) notFound();
  const open = contract.status === "ACTIVE" || contract.status === "PLANNED";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/contracts/${contract.id}`} className="text-brand-700 underline">
          Back to {contract.title}
        </Link>
      </p>
      <PageHeader title="Edit contract" description={contract.title} />
      <ContractForm
        action={updateContract}
        options={options}
        contract={{
          ...contract,
          leadPartner: {
            id: contract.leadPartner.id,
            legalName: contract.leadPartner.legalName,
            companiesHouseNumber: contract.leadPartner.companiesHouseNumber,
          },
          awardDate: isoDate(contract.awardDate),
          startDate: isoDate(contract.startDate),
          endDate: isoDate(contract.endDate),
        }}
      />
      {open ? (
        <Card title="Close the contract" className="mt-10 max-w-3xl">
          <p className="mb-4 text-slate-800">
            When a contract is terminated, expires or is cancelled. The date and reason go into its history.
          </p>
          <CloseContractForm id={contract.id} version={contract.version} />
        </Card>
      ) : null}
    </>
  );
}
