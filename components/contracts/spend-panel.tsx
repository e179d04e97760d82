import { DescriptionList } from "@/components/ui/card";
import type { getContractSpend } from "@/lib/contracts/detail-queries";
import type { getContract } from "@/lib/contracts/queries";
import { formatDate, formatMoney, formatPercent } from "@/lib/format";
import { Decimal } from "decimal.js";

type Contract = NonNullable<Awaited<ReturnType<typeof getContract>>>;
type Spend = Awaited<ReturnType<typeof getContractSpend>>;

const share = (part: { toString(): string } | null, whole: { toString(): string }) => {
  const w = new Decimal(whole.toString());
  return w.isZero() ? "—" : formatPercent(new Decimal((part ?? 0).toString()).div(w).toString());
};

/** Spend to date against the contract's value; what reached each member against what it was pledged. */
export function SpendPanel({ contract, spend }: { contract: Contract; spend: Spend }) {
  const direct = spend.direct ?? new Decimal(0);
  return (
    <div className="space-y-4">
      <DescriptionList
        items={[
          ["Direct spend to date", formatMoney(direct)],
          ["Against current value", `${share(direct, contract.currentValue)} of ${formatMoney(contract.currentValue)}`],
          ["Payments", `${spend.directPayments}${spend.lastPaidOn ? `, last on ${formatDate(spend.lastPaidOn)}` : ""}`],
        ]}
      />
      {contract.members.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="text-left font-medium text-slate-800">Indirect spend: paid by the lead partner to each member (from supply-chain returns)</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-2 py-1 font-semibold">Member</th>
                <th scope="col" className="px-2 py-1 text-right font-semibold">Pledged</th>
                <th scope="col" className="px-2 py-1 text-right font-semibold">Received</th>
                <th scope="col" className="px-2 py-1 text-right font-semibold">Share of direct spend</th>
              </tr>
            </thead>
            <tbody>
              {contract.members.map((m) => {
                const received = spend.indirectByPayee.get(m.supplierId) ?? null;
                return (
                  <tr key={m.id} className="border-t border-slate-200">
                    <td className="px-2 py-1">{m.supplier.legalName}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{m.pledgedSharePercent.toString()}%</td>
                    <td className="px-2 py-1 text-right tabular-nums">{received ? formatMoney(received) : "Not reported"}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{received ? share(received, direct) : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
