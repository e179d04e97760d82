"use client";

import { useEffect, useState } from "react";
import { DATABASE_UNAVAILABLE } from "@/lib/database/unavailable";

// In production the error's message never reaches the browser, so ask the health endpoint whether the
// database is the problem: then the user is told to try again in a minute rather than to report a fault.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" }).then(
      (response) => setDatabaseDown(response.status === 503),
      () => setDatabaseDown(false),
    );
  }, [error]);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold text-slate-900">
        {databaseDown ? "Partnerscope cannot reach its database" : "Sorry, something went wrong"}
      </h1>
      <p className="mt-4 text-slate-800" role="status">
        {databaseDown
          ? DATABASE_UNAVAILABLE
          : `If you were saving something, check whether it was saved before trying again. If this keeps happening, tell your administrator${error.digest ? ` and quote reference ${error.digest}` : ""}.`}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        Try again
      </button>
    </main>
  );
}
