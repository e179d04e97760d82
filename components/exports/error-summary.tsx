"use client";

import { useEffect, useRef } from "react";
import type { ExportFieldError } from "@/lib/exports/forms";

/** GOV.UK error summary: at the top of the page, focused on arrival, each message linking to its field. */
export function ExportErrorSummary({ title, errors }: { title: string; errors: ExportFieldError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div
      ref={summary}
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      className="mb-6 rounded border-4 border-red-700 bg-white p-4 focus:outline focus:outline-4 focus:outline-offset-2 focus:outline-yellow-400"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        There is a problem with the {title} download
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={`${e.inputId}:${e.message}`}>
            <a href={`#${e.inputId}`} className="font-semibold text-red-800 underline">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
