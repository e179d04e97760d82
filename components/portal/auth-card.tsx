import Link from "next/link";
import type { ReactNode } from "react";

/** The public pages' frame (register, join), matching the sign-in page. */
export function AuthCard({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-brand-900 px-4 py-10">
      <div className="w-full max-w-xl rounded-lg bg-white p-8 shadow-xl">
        <p className="text-sm font-semibold text-brand-700">Partnerscope</p>
        <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
        <div className="mb-6 mt-1 text-slate-700">{intro}</div>
        {children}
        <p className="mt-6 text-sm text-slate-800">
          Already registered?{" "}
          <Link href="/login" className="font-semibold text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
