import Link from "next/link";
import { Decimal } from "decimal.js";
import type { getContract } from "@/lib/contracts/queries";
import { formatPercent } from "@/lib/format";

type Contract = NonNullable<Awaited<ReturnType<typeof getContract>>>;

/** Each commitment made at award against what has been delivered so far, in its own measure. */
export function SocialValuePanel({ commitments }: { commitments: Contract["socialValueCommitments"] }) {
  if (commitments.length === 0) return <p className="text-slate-700">No social value commitments recorded.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Social value: delivered against committed</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-1 font-semibold">Commitment</th>
            <th scope="col" className="px-2 py-1 font-semibold">Accountable</th>
            <th scope="col" className="px-2 py-1 text-right font-semibold">Committed</th>
            <th scope="col" className="px-2 py-1 text-right font-semibold">Delivered</th>
            <th scope="col" className="px-2 py-1 text-right font-semibold">Progress</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => {
            // Exact decimals: a handful of delivery rows already loaded with the contract.
            const delivered = c.deliveries.reduce((sum, d) => sum.plus(d.amount.toString()), new Decimal(0));
            const target = new Decimal(c.target.toString());
            return (
              <tr key={c.id} className="border-t border-slate-200 align-top">
                <td className="px-2 py-1">
                  <span className="font-medium">{c.theme}</span>: {c.description}
                </td>
                <td className="px-2 py-1">
                  <Link href={`/suppliers/${c.accountableSupplier.id}`} className="text-brand-700 underline">
                    {c.accountableSupplier.legalName}
                  </Link>
                </td>
                <td className="px-2 py-1 text-right tabular-nums">
                  {target.toString()} {c.measure}
                </td>
                <td className="px-2 py-1 text-right tabular-nums">
                  {delivered.toString()} {c.measure}
                </td>
                <td className="px-2 py-1 text-right tabular-nums">{target.isZero() ? "—" : formatPercent(delivered.div(target).toString())}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
