"use client";

import { useEffect, useState } from "react";
import type { SupplierChoice } from "@/lib/partner-search/schema";

export type SupplierSearch =
  { status: "idle" } | { status: "searching" } | { status: "done"; suppliers: SupplierChoice[] } | { status: "failed" };

const DEBOUNCE_MS = 250;

/**
 * Suggestions for a supplier picker from GET /api/suppliers/search: asked for once typing pauses, and an
 * answer to an older text is dropped when a newer one is on its way.
 */
export function useSupplierSearch(query: string | null, lotId?: string): SupplierSearch {
  // The answer remembers the text it answers, so a stale one reads as "searching" for the new text.
  const [answer, setAnswer] = useState<{ q: string; search: SupplierSearch }>({ q: "", search: { status: "idle" } });
  const q = query?.trim() ?? "";
  useEffect(() => {
    if (!q) return;
    const setSearch = (search: SupplierSearch) => setAnswer({ q, search });
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(
          `/api/suppliers/search?q=${encodeURIComponent(q)}${lotId ? `&lotId=${encodeURIComponent(lotId)}` : ""}`,
          { signal: controller.signal, headers: { Accept: "application/json" } },
        );
        // A lapsed session is sent to the sign-in page (HTML): treat anything but JSON as a failed search.
        if (!response.ok || !response.headers.get("content-type")?.includes("application/json"))
          throw new Error(`Supplier search answered ${response.status}`);
        const body = (await response.json()) as { suppliers: SupplierChoice[] };
        setSearch({ status: "done", suppliers: body.suppliers });
      } catch {
        if (!controller.signal.aborted) setSearch({ status: "failed" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, lotId]);
  if (!q) return { status: "idle" };
  return answer.q === q ? answer.search : { status: "searching" };
}
