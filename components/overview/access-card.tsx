import Link from "next/link";
import { Card } from "@/components/ui/card";

/** An auditor's grant: every department, or the departments named, and where to take evidence from. */
export function AccessCard({ departments }: { departments: "ALL" | string[] }) {
  const what =
    departments === "ALL"
      ? "Every department's contracts, spend and audit trail."
      : departments.length === 0
        ? "No department has been granted to you yet: ask an administrator."
        : `The contracts, spend and audit trail of ${departments.join(", ")}.`;
  return (
    <Card title="What you can read" className="mb-6">
      <p className="text-slate-800">{what}</p>
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/exports" className="font-semibold text-brand-700 underline">
          Export evidence (CSV, XLSX, PDF, OCDS)
        </Link>
        <Link href="/audit" className="font-semibold text-brand-700 underline">
          Open the audit trail
        </Link>
      </p>
    </Card>
  );
}
