import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCaller } from "@/lib/auth/caller";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: a callbackUrl pointing elsewhere would be an open redirect. */
function safeCallback(value: string | string[] | undefined) {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCaller()) redirect(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-brand-900 px-4">
      <div className="w-full max-w-md rounded-lg bg-white p-8 shadow-xl">
        <h1 className="text-3xl font-bold text-slate-900">Partnerscope</h1>
        <p className="mb-6 mt-1 text-slate-700">Sign in to your contracts, partnerships and spend.</p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
