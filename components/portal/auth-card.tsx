import Link from "next/link";
import type { ReactNode } from "react";

/** The public pages' frame (register, join), matching the sign-in page. */
export function AuthCard({
  title,
  intro,
  children,
  signInPrompt = "Already registered?",
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
  /** The words before "Sign in" at the foot ("Remembered your password?" on the reset pages). */
  signInPrompt?: string;
}) {
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-brand-900 px-4 py-10">
      <div className="w-full max-w-xl rounded-lg bg-white p-5 shadow-xl sm:p-8">
        <p className="text-sm font-semibold text-brand-700">Partnerscope</p>
        <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
        <div className="mt-1 mb-6 text-slate-700">{intro}</div>
        {children}
        <p className="mt-6 text-sm text-slate-800">
          {signInPrompt}{" "}
          <Link href="/login" className="font-semibold text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
