import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS } from "@/lib/contracts/schema";

const TONE = { PLANNED: "info", ACTIVE: "good", TERMINATED: "bad", EXPIRED: "neutral", CANCELLED: "neutral" } as const;

export function ContractStatusBadge({ status }: { status: keyof typeof STATUS_LABELS }) {
  return <Badge tone={TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}
