import Link from "next/link";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import type { getSupplier } from "@/lib/suppliers/queries";

type Contracts = NonNullable<Awaited<ReturnType<typeof getSupplier>>>["contracts"];

export function SupplierContracts({ supplierId, contracts }: { supplierId: string; contracts: Contracts }) {
  if (contracts.length === 0) return <EmptyState title="No contracts you can see" />;
  return (
    <ul className="divide-y divide-slate-200">
      {contracts.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div>
            <Link
              href={`/contracts/${c.id}`}
              className="font-semibold text-brand-700 underline-offset-2 hover:underline"
            >
              {c.title}
            </Link>
            <div className="text-xs text-slate-700">
              {c.department.name} · {c.leadPartnerId === supplierId ? "lead partner" : "consortium member"} · ends{" "}
              {formatDate(c.endDate)}
            </div>
          </div>
          <div className="flex items-center gap-3">
            <ContractStatusBadge status={c.status} />
            <span className="tabular-nums">{formatMoney(c.currentValue)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
