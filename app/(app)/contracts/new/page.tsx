import type { Metadata } from "next";
import Link from "next/link";
import { ContractForm } from "@/components/contracts/forms/contract-form";
import { PageHeader } from "@/components/ui/page-header";
import { createContract } from "@/lib/contracts/actions";
import { getContractFormOptions } from "@/lib/contracts/form-queries";

export const metadata: Metadata = { title: "New contract" };

export default async function NewContractPage() {
  const options = await getContractFormOptions();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contracts" className="text-brand-700 underline">
          Contracts
        </Link>
      </p>
      <PageHeader
        title="New contract"
        description="Record a contract your department has awarded, with its route to market and lead partner. Add the partnership, KPIs and social value on the contract's page."
      />
      {/* A fresh key each time the page is opened: submitting this form twice makes one contract. */}
      <ContractForm action={createContract} options={options} formId={crypto.randomUUID()} />
    </>
  );
}
