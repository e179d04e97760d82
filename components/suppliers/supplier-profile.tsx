import { SizeBadge } from "@/components/suppliers/size-badge";
import { Badge } from "@/components/ui/badge";
import { Card, DescriptionList } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import type { getSupplier } from "@/lib/suppliers/queries";
import { SIZE_CLASS_LABELS } from "@/lib/suppliers/schema";

type Supplier = NonNullable<Awaited<ReturnType<typeof getSupplier>>>;

const STATUS_TONE = { VERIFIED: "good", CLAIMED: "warn", REJECTED: "bad" } as const;

export function SupplierProfile({ supplier: s }: { supplier: Supplier }) {
  return (
    <>
      <Card title="Organisation">
        <DescriptionList
          items={[
            ["Companies House number", s.companiesHouseNumber ?? "—"],
            [
              "Identifiers",
              s.identifiers.length ? s.identifiers.map((i) => `${i.scheme} ${i.identifier}`).join(", ") : "—",
            ],
            [
              "Identity",
              s.selfRegistered && !s.identityVerifiedAt ? (
                <Badge key="identity" tone="warn">
                  self-registered, not verified
                </Badge>
              ) : s.identityVerifiedAt ? (
                `Verified ${formatDate(s.identityVerifiedAt)}`
              ) : (
                "Recorded by a department or administrator"
              ),
            ],
            ["Region", s.region ?? "—"],
            ["Address", [s.addressLine, s.town, s.postcode].filter(Boolean).join(", ") || "—"],
            [
              "Size today",
              <SizeBadge key="size" declarations={s.sizeDeclarations} asAt={new Date()} isVcse={s.isVcse} />,
            ],
            [
              "Partnerships",
              [s.seeksToLead && "Seeks to lead", s.seeksToJoin && "Seeks to join"].filter(Boolean).join(", ") || "—",
            ],
            ["Website", s.website ?? "—"],
          ]}
        />
      </Card>
      <Card title="Size declarations">
        {s.sizeDeclarations.length === 0 ? (
          <EmptyState title="No size declared" />
        ) : (
          <ul className="space-y-2 text-sm">
            {s.sizeDeclarations.map((d) => (
              <li key={d.id}>
                <span className="font-semibold">{formatDate(d.asOf)}</span>: {SIZE_CLASS_LABELS[d.sizeClass]} (
                {d.isSme ? "SME" : "not an SME"}) · {formatCount(d.staffCount)} staff · turnover{" "}
                {formatMoney(d.turnover)} · balance sheet {formatMoney(d.balanceSheetTotal)}{" "}
                {d.verifiedAt ? null : <Badge tone="warn">unverified</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Capabilities">
        {s.capabilities.length === 0 ? (
          <EmptyState title="No capabilities declared" />
        ) : (
          <ul className="space-y-1">
            {s.capabilities.map((c) => (
              <li key={c.id}>
                <span className="font-semibold">{c.capability.name}</span>
                {c.description ? <span className="text-slate-800"> — {c.description}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Framework lots">
        {s.lotMemberships.length === 0 ? (
          <EmptyState title="No framework lots" />
        ) : (
          <ul className="space-y-2">
            {s.lotMemberships.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2">
                <span>
                  {m.lot.framework.name} ({m.lot.framework.rmNumber}), Lot {m.lot.number} {m.lot.name}
                </span>
                <Badge tone={STATUS_TONE[m.status]}>{m.status.toLowerCase()}</Badge>
                <span className="text-xs text-slate-700">
                  {formatDate(m.startDate)} to {formatDate(m.endDate)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
