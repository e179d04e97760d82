import type { AuditEvent } from "@prisma/client";

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/London" });

/** Each event with its before/after behind a disclosure, so the table stays scannable. */
export function AuditEventTable({ events }: { events: AuditEvent[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">#</th>
            <th scope="col" className="px-3 py-2">When (UK time)</th>
            <th scope="col" className="px-3 py-2">Who</th>
            <th scope="col" className="px-3 py-2">Action</th>
            <th scope="col" className="px-3 py-2">Record</th>
            <th scope="col" className="px-3 py-2">Change</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id.toString()} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 tabular-nums">{e.id.toString()}</td>
              <td className="whitespace-nowrap px-3 py-2">{time.format(e.at)}</td>
              <td className="px-3 py-2">{e.actorEmail ?? "system"}</td>
              <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-3 py-2">
                {e.entityType}
                {e.entityId ? <div className="font-mono text-xs text-slate-700">{e.entityId}</div> : null}
              </td>
              <td className="px-3 py-2">
                {e.before || e.after ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline">Before and after</summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <Snapshot label="Before" value={e.before} />
                      <Snapshot label="After" value={e.after} />
                    </div>
                  </details>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Snapshot({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="text-xs font-semibold">{label}</p>
      <pre className="max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs">{value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
