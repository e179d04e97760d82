import type { AuditEvent } from "@prisma/client";
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { actionLabel, fieldChanges } from "@/lib/audit/labels";
import type { RecordName } from "@/lib/audit/record-names";
import { formatDateTimeSeconds } from "@/lib/dates/format";

type NamedEvent = AuditEvent & { actorName: string | null; record: RecordName | null };
type FieldChange = ReturnType<typeof fieldChanges>[number];

const columns: Column<NamedEvent>[] = [
  { key: "id", header: "#", cellClassName: "tabular-nums", cell: (e) => e.id.toString() },
  { key: "at", header: "When (UK time)", cellClassName: "whitespace-nowrap", cell: (e) => formatDateTimeSeconds(e.at) },
  {
    key: "who",
    header: "Who",
    cell: (e) => (
      <>
        {e.actorName ?? (e.actorEmail ? null : "System")}
        {e.actorEmail ? <div className="text-xs text-slate-700">{e.actorEmail}</div> : null}
      </>
    ),
  },
  {
    key: "action",
    header: "Action",
    cell: (e) => (
      <>
        {actionLabel(e.action)}
        <div className="font-mono text-xs text-slate-700">{e.action}</div>
      </>
    ),
  },
  { key: "record", header: "Record", cell: (e) => <RecordCell event={e} /> },
  { key: "change", header: "Change", cell: (e) => <Changes event={e} /> },
];

/** Each event in words: who by name, the action, the record by its name, and what changed field by field. */
export function AuditEventTable({ events }: { events: NamedEvent[] }) {
  return (
    <DataTable caption="Audit events, newest first" rows={events} rowKey={(e) => e.id.toString()} columns={columns} />
  );
}

function RecordCell({ event: e }: { event: NamedEvent }) {
  return (
    <>
      {e.record ? (
        e.record.href ? (
          <Link href={e.record.href} className="text-brand-700 underline">
            {e.record.label}
          </Link>
        ) : (
          e.record.label
        )
      ) : (
        e.entityType
      )}
      <div className="text-xs text-slate-700">
        {e.entityType}
        {e.entityId && !e.record ? ` ${e.entityId}` : ""}
      </div>
    </>
  );
}

function Changes({ event: e }: { event: NamedEvent }) {
  const changes = fieldChanges(e.before, e.after);
  if (changes.length === 0) return <>—</>;
  const valueColumn = { key: "after", header: e.before ? "After" : "Value", cellClassName: "max-w-60 break-words" };
  const changeColumns: Column<FieldChange>[] = [
    { key: "field", header: "Field", rowHeader: true, cell: (c) => c.field },
    ...(e.before
      ? [{ key: "before", header: "Before", cellClassName: "max-w-60 break-words", cell: (c: FieldChange) => c.before }]
      : []),
    { ...valueColumn, cell: (c) => c.after },
  ];
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline">
        {changes.length} {changes.length === 1 ? "field" : "fields"}
        {e.before ? " changed" : " set"}
      </summary>
      <div className="mt-2 min-w-72 text-xs">
        <DataTable
          caption={`Fields of event ${e.id.toString()}`}
          rows={changes}
          rowKey={(c) => c.field}
          columns={changeColumns}
        />
      </div>
    </details>
  );
}
