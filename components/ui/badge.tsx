import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  good: "bg-green-50 text-green-900 ring-green-300",
  warn: "bg-amber-50 text-amber-900 ring-amber-300",
  bad: "bg-red-50 text-red-900 ring-red-300",
  info: "bg-brand-50 text-brand-800 ring-brand-100",
} as const;

export function Badge({
  tone = "neutral",
  children,
  title,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span
      title={title}
      className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
