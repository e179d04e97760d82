import { DescriptionList } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { getContractSpend } from "@/lib/contracts/detail-queries";
import type { getContract } from "@/lib/contracts/queries";
import { formatMoney, formatPercent } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
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
        <DataTable
          caption="Indirect spend: paid by the lead partner to each member (from supply-chain returns)"
          captionVisible
          rows={contract.members.map((m) => ({ ...m, received: spend.indirectByPayee.get(m.supplierId) ?? null }))}
          rowKey={(m) => m.id}
          columns={[
            { key: "member", header: "Member", cell: (m) => m.supplier.legalName },
            { key: "pledged", header: "Pledged", align: "right", cell: (m) => `${m.pledgedSharePercent.toString()}%` },
            {
              key: "received",
              header: "Received",
              align: "right",
              cell: (m) => (m.received ? formatMoney(m.received) : "Not reported"),
            },
            {
              key: "share",
              header: "Share of direct spend",
              align: "right",
              cell: (m) => (m.received ? share(m.received, direct) : "—"),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
