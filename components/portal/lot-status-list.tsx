import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/dates/format";

type Membership = {
  id: string;
  status: "CLAIMED" | "VERIFIED" | "REJECTED";
  startDate: Date;
  endDate: Date | null;
  rejectionReason: string | null;
  lot: { number: string; name: string; framework: { name: string; rmNumber: string } };
};

const STATUS = {
  CLAIMED: ["warn", "awaiting verification"],
  VERIFIED: ["good", "verified"],
  REJECTED: ["bad", "rejected"],
} as const;

export function LotStatusList({ memberships }: { memberships: Membership[] }) {
  if (memberships.length === 0) return <EmptyState title="No framework lots claimed" />;
  return (
    <ul className="space-y-3" aria-label="Framework lot claims">
      {memberships.map((m) => (
        <li key={m.id}>
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-slate-900">
              {m.lot.framework.name} ({m.lot.framework.rmNumber}) Lot {m.lot.number}: {m.lot.name}
            </span>
            <Badge tone={STATUS[m.status][0]}>{STATUS[m.status][1]}</Badge>
          </p>
          <p className="text-sm text-slate-700">
            {formatDate(m.startDate)} to {m.endDate ? formatDate(m.endDate) : "open-ended"}
          </p>
          {m.rejectionReason ? <p className="text-sm text-red-800">Reason: {m.rejectionReason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
