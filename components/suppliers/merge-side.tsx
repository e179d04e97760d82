import { DescriptionList } from "@/components/ui/card";
import { formatCount, formatMoney } from "@/lib/format";
import type { MergeSide } from "@/lib/suppliers/merge-queries";

/** One supplier of a merge: its identity and everything of it that the merge keeps or moves. */
export function MergeSideSummary({ side }: { side: MergeSide }) {
  return (
    <DescriptionList
      items={[
        [
          "Identifiers",
          side.identifiers.length ? side.identifiers.map((i) => `${i.scheme} ${i.identifier}`).join(", ") : "None",
        ],
        [
          "Identity",
          side.selfRegistered && !side.identityVerifiedAt
            ? "Self-registered, not verified"
            : "Verified or recorded by a department",
        ],
        ["Contracts led", formatCount(side._count.leadContracts)],
        ["Partnership memberships", formatCount(side._count.partnershipRoles)],
        ["Framework lot places", formatCount(side._count.lotMemberships)],
        ["Payments received", `${formatCount(side.payments)} (${formatMoney(side.paid)})`],
        ["Size declarations", formatCount(side._count.sizeDeclarations)],
        ["Names remembered from spend files", formatCount(side._count.aliases)],
        ["User accounts", formatCount(side._count.users)],
      ]}
    />
  );
}
