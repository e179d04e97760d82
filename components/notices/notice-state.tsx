import { Badge } from "@/components/ui/badge";
import type { ObligationState } from "@/lib/notices/obligations";

const LABELS: Record<ObligationState, [string, "neutral" | "good" | "warn" | "bad" | "info"]> = {
  due: ["Due", "info"],
  overdue: ["Overdue", "bad"],
  drafted: ["Drafted, awaiting approval", "warn"],
  approved: ["Approved, to publish", "info"],
  published: ["Published", "good"],
};

export function ObligationStateBadge({ state, late }: { state: ObligationState; late?: boolean }) {
  const [label, tone] = LABELS[state];
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tone}>{label}</Badge>
      {late && state !== "overdue" ? <Badge tone="bad">Late</Badge> : null}
    </span>
  );
}

export const NOTICE_STATUS_STATE = { DRAFT: "drafted", APPROVED: "approved", PUBLISHED: "published" } as const;
