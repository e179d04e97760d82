import type { ReactNode } from "react";
import { formatCount } from "@/lib/format";

/** Says when a dashboard list shows only its first rows, and where the whole list is. */
export function ListCut({ shown, total, children }: { shown: number; total: number; children: ReactNode }) {
  if (total <= shown) return null;
  return (
    <p className="mt-3 text-sm text-slate-700">
      Showing the first {formatCount(shown)} of {formatCount(total)}. {children}
    </p>
  );
}
