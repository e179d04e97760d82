"use client";

import { useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { FieldIdPrefix } from "@/components/ui/form-context";
import { checkFieldsMessage, type ActionState } from "@/lib/actions/state";

type Failed = Extract<ActionState, { status: "error" }>;
type Entry = { name: string; message: string; target: HTMLElement | null };

const TITLE_PREFIX = "Error: ";

/**
 * The fields with errors, in the order they appear in the form (zod reports them in the schema's order);
 * fields not found in the form come last, in the order the server gave.
 */
function entriesInFormOrder(summary: HTMLElement, prefix: string, fieldErrors: Failed["fieldErrors"]): Entry[] {
  const form = summary.closest("form") ?? document;
  const entries = Object.entries(fieldErrors ?? {})
    .filter(([, messages]) => messages?.length)
    .map(([name, messages]) => ({
      name,
      message: messages!.join(" "),
      target: form.querySelector<HTMLElement>(`#${CSS.escape(prefix + name)}`),
    }));
  return entries.sort((a, b) => {
    if (!a.target || !b.target) return a.target ? -1 : b.target ? 1 : 0;
    if (a.target === b.target) return 0;
    return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The GOV.UK error summary: shown at the top of a form after a failed submit, focused (so a screen reader
 * reads it and the page scrolls to it), with a link to each field in the form's order, and the page's
 * title prefixed "Error:" while it is shown.
 */
export function ErrorSummary({ state, children }: { state: Failed; children?: ReactNode }) {
  const prefix = useContext(FieldIdPrefix);
  const ref = useRef<HTMLDivElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);

  useLayoutEffect(() => {
    if (ref.current) setEntries(entriesInFormOrder(ref.current, prefix, state.fieldErrors));
  }, [state, prefix]);

  useEffect(() => {
    ref.current?.focus();
    const base = document.title.startsWith(TITLE_PREFIX) ? document.title.slice(TITLE_PREFIX.length) : document.title;
    document.title = TITLE_PREFIX + base;
    return () => {
      if (document.title.startsWith(TITLE_PREFIX)) document.title = document.title.slice(TITLE_PREFIX.length);
    };
  }, [state]);

  const titleId = `${prefix}error-summary-title`;
  // The sentence names the fields in the same order as the links below it.
  const message =
    state.namesFields && entries.length ? checkFieldsMessage(entries.map((entry) => entry.name)) : state.message;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="rounded border-4 border-red-700 bg-white p-4 text-slate-900 focus:outline-4 focus:outline-offset-0 focus:outline-yellow-400"
    >
      <h2 id={titleId} className="text-lg font-bold">
        There is a problem
      </h2>
      <p className="mt-1 [overflow-wrap:anywhere]">{message}</p>
      {entries.length ? (
        <ul className="mt-2 list-none space-y-1">
          {entries.map((entry) => (
            <li key={entry.name}>
              {entry.target ? (
                <a
                  href={`#${prefix}${entry.name}`}
                  className="font-semibold text-red-800 underline"
                  onClick={(event) => {
                    event.preventDefault();
                    // The label sits above the field: bring both into view, then give the field focus.
                    (entry.target!.closest("div") ?? entry.target!).scrollIntoView({ block: "start" });
                    entry.target!.focus({ preventScroll: true });
                  }}
                >
                  {entry.message}
                </a>
              ) : (
                <span className="font-semibold text-red-800">{entry.message}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
