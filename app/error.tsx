"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold text-slate-900">Sorry, something went wrong</h1>
      <p className="mt-4 text-slate-800">
        If you were saving something, check whether it was saved before trying again. If this keeps happening, tell your
        administrator{error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Try again
      </button>
    </main>
  );
}
