import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import { SIZE_CLASS_LABELS } from "@/lib/suppliers/schema";
import { classifySize } from "@/lib/suppliers/size";
import type { Prisma } from "@prisma/client";

type Declaration = {
  id: string;
  asOf: Date;
  staffCount: number;
  turnover: Prisma.Decimal;
  balanceSheetTotal: Prisma.Decimal;
  sizeClass: keyof typeof SIZE_CLASS_LABELS;
  isSme: boolean;
};

/** Every declaration, newest first, each with the reason for its class: size is a fact at a date. */
export function SizeHistory({ declarations }: { declarations: Declaration[] }) {
  if (declarations.length === 0)
    return (
      <EmptyState title="No size declared yet">
        Declare your size so buyers can count you as an SME if you are one.
      </EmptyState>
    );
  return (
    <ol className="space-y-3" aria-label="Size declarations, newest first">
      {declarations.map((d, i) => (
        <li key={d.id} className="rounded border border-slate-300 p-3">
          <p className="font-semibold text-slate-900">
            {formatDate(d.asOf)}: {SIZE_CLASS_LABELS[d.sizeClass]}, {d.isSme ? "an SME" : "not an SME"}
            {i === 0 ? " (latest)" : ""}
          </p>
          <p className="text-sm text-slate-800">
            {formatCount(d.staffCount)} staff · turnover {formatMoney(d.turnover)} · balance sheet{" "}
            {formatMoney(d.balanceSheetTotal)}
          </p>
          <p className="text-sm text-slate-700">
            Why:{" "}
            {
              classifySize({
                staffCount: d.staffCount,
                turnover: d.turnover.toString(),
                balanceSheetTotal: d.balanceSheetTotal.toString(),
              }).reason
            }
          </p>
        </li>
      ))}
    </ol>
  );
}
