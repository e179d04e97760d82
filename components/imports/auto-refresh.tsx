"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/**
 * While an import runs, re-reads the page so its progress moves: the next read starts `everyMs` after the
 * last one has rendered, never on a fixed clock, so a slow server is not sent a second refresh that
 * supersedes the first before either lands.
 */
export function AutoRefresh({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  useEffect(() => {
    if (refreshing) return;
    const timer = setTimeout(() => startRefresh(() => router.refresh()), everyMs);
    return () => clearTimeout(timer);
  }, [router, everyMs, refreshing]);
  return null;
}
