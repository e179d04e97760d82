import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SupplierContracts } from "@/components/suppliers/supplier-contracts";
import { SupplierProfile } from "@/components/suppliers/supplier-profile";
import { SupplierVerification } from "@/components/suppliers/supplier-verification";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/access/caller";
import { formatDate } from "@/lib/dates/format";
import { getSupplier } from "@/lib/suppliers/queries";
import { SIZE_CLASS_LABELS } from "@/lib/suppliers/schema";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const supplier = await getSupplier((await params).id);
  return { title: supplier ? supplier.legalName : "Supplier" };
}

export default async function SupplierPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller] = await Promise.all([params, requireUser()]);
  const supplier = await getSupplier(id);
  if (!supplier) notFound();
  const unverifiedDeclarations = supplier.sizeDeclarations
    .filter((d) => !d.verifiedAt)
    .map((d) => ({
      id: d.id,
      label: `${SIZE_CLASS_LABELS[d.sizeClass]} (${d.isSme ? "SME" : "not an SME"}) as of ${formatDate(d.asOf)}`,
    }));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900">{supplier.legalName}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <SupplierProfile supplier={supplier} />
        {caller.role === "ADMIN" ? (
          <Card title="Verification and duplicates">
            <SupplierVerification
              supplierId={supplier.id}
              identityUnverified={supplier.selfRegistered && !supplier.identityVerifiedAt}
              declarations={unverifiedDeclarations}
            />
          </Card>
        ) : null}
        <Card title="Contracts" className="lg:col-span-2">
          <SupplierContracts supplierId={supplier.id} contracts={supplier.contracts} />
        </Card>
      </div>
    </>
  );
}
