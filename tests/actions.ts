import { expect } from "vitest";

/** Builds the FormData a browser would post. Arrays become repeated fields. */
export function form(values: Record<string, string | number | boolean | string[] | undefined | null>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  }
  return data;
}

/** Next's redirect() and forbidden() throw; these assert which one an action ended with. */
export async function expectRedirect(promise: Promise<unknown>, to: string | RegExp) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  expect(error?.digest, "expected the action to redirect").toMatch(/^NEXT_REDIRECT/);
  const target = error!.digest!.split(";")[2];
  if (typeof to === "string") expect(target).toBe(to);
  else expect(target).toMatch(to);
}

export async function expectForbidden(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  expect(error?.digest, "expected the action to be refused with 403").toBe("NEXT_HTTP_ERROR_FALLBACK;403");
}
