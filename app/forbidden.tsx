import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">Error 403</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">You do not have access to this page</h1>
      <p className="mt-4 text-slate-800">
        Your role does not include this part of Partnerscope. If you need access, ask your administrator.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          Go to your overview
        </Link>
      </p>
    </main>
  );
}
