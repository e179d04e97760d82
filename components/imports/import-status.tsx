import type { ImportStatus } from "@prisma/client";
import { Badge } from "@/components/ui/badge";

const LABELS: Record<ImportStatus, { label: string; tone: "neutral" | "good" | "warn" | "bad" | "info" }> = {
  QUEUED: { label: "Queued", tone: "neutral" },
  PARSING: { label: "Reading the file", tone: "info" },
  AWAITING_MATCHES: { label: "Suppliers to match", tone: "warn" },
  WRITING: { label: "Writing", tone: "info" },
  COMPLETED: { label: "Completed", tone: "good" },
  REJECTED: { label: "Rejected", tone: "bad" },
  FAILED: { label: "Failed", tone: "bad" },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { label, tone } = LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export const isRunning = (status: ImportStatus) => status === "QUEUED" || status === "PARSING" || status === "WRITING";
