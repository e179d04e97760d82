import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FlashBanner } from "@/components/shell/flash-banner";
import { getCaller } from "@/lib/access/caller";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { pendingNotice } from "@/lib/flash/pending-notice";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only same-site paths: a callbackUrl pointing elsewhere would be an open redirect.
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCaller()) redirect(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-brand-900 px-4">
      <div className="w-full max-w-md rounded-lg bg-white p-8 shadow-xl">
        <h1 className="text-3xl font-bold text-slate-900">Partnerscope</h1>
        <p className="mt-1 mb-6 text-slate-700">Sign in to your contracts, partnerships and spend.</p>
        {/* After registering, joining or a password reset: the banner those actions left (lib/flash). */}
        <FlashBanner cookie={await pendingNotice()} />
        <SignInForm callbackUrl={callbackUrl} />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            Forgotten your password?
          </Link>
        </p>
        <p className="mt-6 text-sm text-slate-800">
          A supplier new to Partnerscope?{" "}
          <Link href="/register" className="font-semibold text-brand-700 underline">
            Register your organisation
          </Link>
        </p>
      </div>
    </main>
  );
}
