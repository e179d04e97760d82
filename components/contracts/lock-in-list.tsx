import { Badge } from "@/components/ui/badge";
import { lockInFactors } from "@/lib/contracts/lock-in-factors";

export function LockInList({ contract }: { contract: Parameters<typeof lockInFactors>[0] }) {
  const factors = lockInFactors(contract);
  return (
    <ul className="space-y-2">
      {factors.map((f) => (
        <li key={f.key} className="flex flex-wrap items-center gap-2">
          {f.applies ? <Badge tone="warn">{f.label}</Badge> : <Badge tone="good">No: {f.label.toLowerCase()}</Badge>}
          <span className="text-sm text-slate-800">{f.evidence}</span>
        </li>
      ))}
    </ul>
  );
}
