import Link from "next/link";
import { Decimal } from "decimal.js";
import { DataTable } from "@/components/ui/data-table";
import type { getContract } from "@/lib/contracts/queries";
import { formatPercent } from "@/lib/format";

type Contract = NonNullable<Awaited<ReturnType<typeof getContract>>>;

/** Each commitment made at award against what has been delivered so far, in its own measure. */
export function SocialValuePanel({ commitments }: { commitments: Contract["socialValueCommitments"] }) {
  if (commitments.length === 0) return <p className="text-slate-700">No social value commitments recorded.</p>;
  // Exact decimals: a handful of delivery rows already loaded with the contract.
  const rows = commitments.map((c) => ({
    ...c,
    delivered: c.deliveries.reduce((sum, d) => sum.plus(d.amount.toString()), new Decimal(0)),
    committed: new Decimal(c.target.toString()),
  }));
  return (
    <DataTable
      caption="Social value: delivered against committed"
      rows={rows}
      rowKey={(c) => c.id}
      columns={[
        {
          key: "commitment",
          header: "Commitment",
          cell: (c) => (
            <>
              <span className="font-medium">{c.theme}</span>: {c.description}
            </>
          ),
        },
        {
          key: "accountable",
          header: "Accountable",
          cell: (c) => (
            <Link href={`/suppliers/${c.accountableSupplier.id}`} className="text-brand-700 underline">
              {c.accountableSupplier.legalName}
            </Link>
          ),
        },
        { key: "committed", header: "Committed", align: "right", cell: (c) => `${c.committed} ${c.measure}` },
        { key: "delivered", header: "Delivered", align: "right", cell: (c) => `${c.delivered} ${c.measure}` },
        {
          key: "progress",
          header: "Progress",
          align: "right",
          cell: (c) => (c.committed.isZero() ? "—" : formatPercent(c.delivered.div(c.committed).toString())),
        },
      ]}
    />
  );
}
