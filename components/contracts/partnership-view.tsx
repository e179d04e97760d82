import Link from "next/link";
import { SizeBadge } from "@/components/suppliers/size-badge";
import { Badge } from "@/components/ui/badge";
import type { getContract } from "@/lib/contracts/queries";
import { leadPartnerShare, membersOn } from "@/lib/contracts/partnership";
import { formatDate } from "@/lib/dates/format";

type Contract = NonNullable<Awaited<ReturnType<typeof getContract>>>;

/** The consortium as a structure: the accountable lead partner, then its members. */
export function PartnershipView({ contract }: { contract: Contract }) {
  const today = new Date();
  const current = membersOn(contract.members, today);
  const lead = contract.leadPartner;
  return (
    <div>
      <div className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">
              Lead partner · accountable for outcomes
            </p>
            <Link
              href={`/suppliers/${lead.id}`}
              className="text-lg font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {lead.legalName}
            </Link>
          </div>
          <div className="text-right">
            <SizeBadge declarations={lead.sizeDeclarations} asAt={contract.awardDate} isVcse={lead.isVcse} />
            <p className="mt-1 text-sm text-slate-800">Keeps {leadPartnerShare(current).toString()}% of value</p>
          </div>
        </div>
      </div>
      {contract.members.length === 0 ? (
        <p className="mt-3 text-slate-700">No consortium members: the lead partner delivers alone.</p>
      ) : (
        <ul className="mt-3 grid gap-3 border-l-4 border-brand-100 pl-4 sm:grid-cols-2" aria-label="Consortium members">
          {contract.members.map((m) => (
            <li
              key={m.id}
              className={`rounded-lg border border-slate-300 bg-white p-3 ${m.leftOn ? "opacity-80" : ""}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link
                  href={`/suppliers/${m.supplier.id}`}
                  className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {m.supplier.legalName}
                </Link>
                <span className="text-sm font-semibold tabular-nums">{m.pledgedSharePercent.toString()}% pledged</span>
              </div>
              <p className="text-sm text-slate-800">Role: {m.role}</p>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <SizeBadge
                  declarations={m.supplier.sizeDeclarations}
                  asAt={contract.awardDate}
                  isVcse={m.supplier.isVcse}
                />
                {m.leftOn ? <Badge tone="warn">Left {formatDate(m.leftOn)}</Badge> : null}
              </div>
              <p className="mt-1 text-xs text-slate-700">Joined {formatDate(m.joinedOn)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-slate-700">
        SME and VCSE status shown as declared on the award date, {formatDate(contract.awardDate)}.
      </p>
    </div>
  );
}
