import type { ReactNode } from "react";

/** A form tucked under its section: closed until asked for, keyboard-operable without script. */
export function WritePanel({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="mt-4 rounded border border-slate-300 bg-slate-50 p-3">
      <summary className="cursor-pointer font-semibold text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
