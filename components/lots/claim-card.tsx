import Link from "next/link";
import { LotDecisionForms } from "@/components/portal/lot-decision-forms";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/dates/format";
import type { listLotClaims } from "@/lib/lots/queries";
import { SIZE_CLASS_LABELS } from "@/lib/suppliers/schema";

type Claim = Awaited<ReturnType<typeof listLotClaims>>["rows"][number];

const STATUS_BADGE = {
  CLAIMED: ["warn", "Waiting"],
  VERIFIED: ["good", "Verified"],
  REJECTED: ["bad", "Rejected"],
} as const;

/** One claim with what to check it against, beside the decision. */
export function ClaimCard({ claim: c }: { claim: Claim }) {
  const f = c.lot.framework;
  const label = `${c.supplier.legalName}, ${f.name} Lot ${c.lot.number}`;
  const outsideFramework = c.startDate < f.startDate || (c.endDate ?? f.endDate) > f.endDate;
  const [tone, status] = STATUS_BADGE[c.status];
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold text-slate-900">
          <Link href={`/suppliers/${c.supplier.id}`} className="text-brand-700 underline">
            {c.supplier.legalName}
          </Link>
        </h2>
        <Badge tone={tone}>{status}</Badge>
      </div>
      <p className="text-slate-800">
        {f.name} ({f.rmNumber}) Lot {c.lot.number}: {c.lot.name} · member {formatDate(c.startDate)} to{" "}
        {c.endDate ? formatDate(c.endDate) : "open-ended"} · claimed {formatDate(c.createdAt)}
      </p>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <section aria-label={`Evidence for ${label}`} className="rounded bg-slate-50 p-3 text-sm text-slate-900">
          <h3 className="font-semibold">Check the claim against</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>
              The framework&apos;s supplier list:{" "}
              <a
                href={`https://www.crowncommercial.gov.uk/agreements/${encodeURIComponent(f.rmNumber)}`}
                className="text-brand-700 underline"
              >
                {f.rmNumber} on the Crown Commercial Service site
              </a>
            </li>
            <li>
              Framework runs {formatDate(f.startDate)} to {formatDate(f.endDate)}
              {outsideFramework ? (
                <strong className="text-red-800">: the claimed dates go outside it</strong>
              ) : (
                ": the claimed dates are within it"
              )}
            </li>
            <li>
              Companies House:{" "}
              {c.supplier.companiesHouseNumber ? (
                <a
                  href={`https://find-and-update.company-information.service.gov.uk/company/${encodeURIComponent(c.supplier.companiesHouseNumber)}`}
                  className="text-brand-700 underline"
                >
                  {c.supplier.companiesHouseNumber}
                </a>
              ) : (
                "no number recorded"
              )}
              {c.supplier.size
                ? ` · declared ${SIZE_CLASS_LABELS[c.supplier.size.sizeClass].toLowerCase()} as at ${formatDate(c.supplier.size.asOf)}`
                : " · size not declared"}
            </li>
            <li>
              {c.onFramework.length === 0
                ? "No other membership or claim on this framework"
                : `On this framework: ${c.onFramework.map((m) => `Lot ${m.lot.number} ${m.status.toLowerCase()} from ${formatDate(m.startDate)}`).join("; ")}`}
            </li>
          </ul>
        </section>
        <div>
          {c.status === "CLAIMED" ? (
            <LotDecisionForms membershipId={c.id} label={label} />
          ) : (
            <p className="text-sm text-slate-800">
              {c.status === "VERIFIED" ? "Verified" : "Rejected"}
              {c.verifiedAt ? ` on ${formatDate(c.verifiedAt)}` : ""}
              {c.decidedBy ? ` by ${c.decidedBy}` : ""}
              {c.rejectionReason ? `: “${c.rejectionReason}”` : "."}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
