"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While an import runs, re-reads the page every two seconds so its progress moves. */
export function AutoRefresh({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
