// What happened when a role tried something: the Next.js interrupts and HTTP statuses, named.
/** "redirect": sent somewhere other than sign-in (e.g. a signed-in user opening the sign-in page). */
export type Outcome = "allow" | "login" | "redirect" | "forbidden" | "notFound";

export async function outcomeOf(attempt: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await attempt();
    if (result instanceof Response) {
      if (result.status === 403) return "forbidden";
      if (result.status === 404) return "notFound";
      if (result.status === 401) return "login";
      return "allow";
    }
    return "allow";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes(";/login")) return "login";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "notFound";
    throw error;
  }
}
