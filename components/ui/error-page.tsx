import Link from "next/link";
import type { ReactNode } from "react";

/** The shape of every error page: what happened, what to do, and the way back. */
export function ErrorPage({ code, title, children }: { code?: string; title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      {code ? <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{code}</p> : null}
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{title}</h1>
      <div className="mt-4 text-slate-800">{children}</div>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          Go to your overview
        </Link>
      </p>
    </main>
  );
}
