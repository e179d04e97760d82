import { DataTable } from "@/components/ui/data-table";
import { actionLabel } from "@/lib/audit/labels";
import type { listContractAuditEvents } from "@/lib/contracts/detail-queries";
import { formatDateTime } from "@/lib/dates/format";

type Events = NonNullable<Awaited<ReturnType<typeof listContractAuditEvents>>>;

/** Who changed what and when, from the append-only audit trail (newest first). */
export function AuditHistory({ events }: { events: Events }) {
  if (events.length === 0) return <p className="text-slate-700">No recorded changes.</p>;
  return (
    <DataTable
      caption="Audit history"
      rows={events}
      rowKey={(e) => e.id.toString()}
      columns={[
        { key: "when", header: "When", cellClassName: "whitespace-nowrap", cell: (e) => formatDateTime(e.at) },
        { key: "who", header: "Who", cell: (e) => e.actorEmail ?? "System" },
        { key: "what", header: "What", cell: (e) => actionLabel(e.action) },
      ]}
    />
  );
}
