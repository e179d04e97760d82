import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-4 text-slate-800">
        The page may have moved, or it belongs to a part of Partnerscope you do not have access to. Check the address,
        or start again from your overview.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          Go to your overview
        </Link>
      </p>
    </main>
  );
}
