import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SupplierContracts } from "@/components/suppliers/supplier-contracts";
import { SupplierProfile } from "@/components/suppliers/supplier-profile";
import { Card } from "@/components/ui/card";
import { getSupplier } from "@/lib/suppliers/queries";

export const metadata: Metadata = { title: "Supplier" };

export default async function SupplierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supplier = await getSupplier(id);
  if (!supplier) notFound();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900">{supplier.legalName}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <SupplierProfile supplier={supplier} />
        <Card title="Contracts" className="lg:col-span-2">
          <SupplierContracts supplierId={supplier.id} contracts={supplier.contracts} />
        </Card>
      </div>
    </>
  );
}
