import type { ReactNode } from "react";

/**
 * Renders a page's slower read when it arrives: wrap it in <Suspense> with a skeleton. The page checks
 * that the record exists and may be seen before starting the read, so 404 and 403 are real statuses
 * (a loading.tsx would have sent 200 first).
 */
export async function Await<T>({ promise, children }: { promise: Promise<T>; children: (value: T) => ReactNode }) {
  return children(await promise);
}
