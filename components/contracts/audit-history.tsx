import type { listContractAuditEvents } from "@/lib/contracts/detail-queries";

type Events = NonNullable<Awaited<ReturnType<typeof listContractAuditEvents>>>;

const ACTION_LABELS: Record<string, string> = {
  "contract.create": "Contract created",
  "contract.update": "Contract edited",
  "contract.close": "Contract closed",
  "amendment.create": "Amendment recorded",
  "partnership.member_add": "Member added",
  "partnership.member_remove": "Member left",
  "kpi.create": "KPI added",
  "kpi.assess": "KPI assessed",
  "social_value.commit": "Social value commitment added",
  "social_value.deliver": "Social value delivery recorded",
};

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

/** Who changed what and when, from the append-only audit trail (newest first). */
export function AuditHistory({ events }: { events: Events }) {
  if (events.length === 0) return <p className="text-slate-700">No recorded changes.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit history</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-1 font-semibold">When</th>
            <th scope="col" className="px-2 py-1 font-semibold">Who</th>
            <th scope="col" className="px-2 py-1 font-semibold">What</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id.toString()} className="border-t border-slate-200">
              <td className="px-2 py-1 whitespace-nowrap">{when.format(e.at)}</td>
              <td className="px-2 py-1">{e.actorEmail ?? "System"}</td>
              <td className="px-2 py-1">{ACTION_LABELS[e.action] ?? e.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
