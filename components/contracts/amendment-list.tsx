import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatMoney } from "@/lib/format";

type Amendment = {
  id: string;
  kind: string;
  date: Date;
  rationale: string;
  valueChange: { toString(): string };
  newEndDate: Date | null;
};

const KIND_LABELS: Record<string, string> = {
  EXTENSION: "Extension",
  VALUE_CHANGE: "Value change",
  SCOPE_CHANGE: "Scope change",
  MEMBER_ADDED: "Member added",
  MEMBER_REMOVED: "Member removed",
  OTHER: "Other",
};

export function AmendmentList({ amendments }: { amendments: Amendment[] }) {
  if (amendments.length === 0) return <EmptyState title="No amendments">The contract runs as awarded.</EmptyState>;
  return (
    <ol className="space-y-3">
      {amendments.map((a) => (
        <li key={a.id} className="border-l-4 border-slate-300 pl-3">
          <p className="font-semibold text-slate-900">
            {formatDate(a.date)} · {KIND_LABELS[a.kind] ?? a.kind}
            {a.valueChange.toString() !== "0" ? ` · ${formatMoney(a.valueChange)}` : ""}
            {a.newEndDate ? ` · new end ${formatDate(a.newEndDate)}` : ""}
          </p>
          <p className="text-slate-800">{a.rationale}</p>
        </li>
      ))}
    </ol>
  );
}
