// What each user of `npm run load` does until the run ends: opens one of its pages, reads it for a think time, and
// again. Commercial leads now and then record a KPI assessment through the contract page's own form, posted as a
// browser without JavaScript posts it; the save queues an insight-refresh job for the worker.
import type { Balancer, LoadUser } from "./users";

/** `at`: when the request was sent, in ms on performance.now()'s clock. */
export type Sample = { instance: number; path: string; at: number; ms: number; ok: boolean; error?: string };

export type Browsing = {
  balancer: Balancer;
  until: number;
  thinkMs: number;
  /** The share of a commercial lead's page turns that record a KPI assessment instead (0: none). */
  writeShare: number;
  signal: AbortSignal;
  samples: Sample[];
};

/** One request through the balancer, timed and recorded; answers the response's body (null on a network error). */
async function request(user: LoadUser, run: Browsing, path: string, label: string, init: RequestInit = {}) {
  const { instance, baseUrl } = run.balancer.next();
  const started = performance.now();
  try {
    const headers = { Cookie: user.jar.header(), ...(init.method === "POST" ? { Origin: baseUrl } : {}) };
    const response = await fetch(`${baseUrl}${path}`, { ...init, headers, redirect: "manual", signal: run.signal });
    const body = await response.text();
    user.jar.keep(response);
    const location = response.headers.get("location") ?? "";
    // A redirect to sign-in is a lost session, whatever its status says.
    const error =
      response.status >= 400 || response.status < 200
        ? `HTTP ${response.status}`
        : location.includes("/login")
          ? `HTTP ${response.status} to sign-in`
          : undefined;
    run.samples.push({ instance, path: label, at: started, ms: performance.now() - started, ok: !error, error });
    return { status: response.status, location, body };
  } catch (error) {
    if (run.signal.aborted) return null;
    const message = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    run.samples.push({
      instance,
      path: label,
      at: started,
      ms: performance.now() - started,
      ok: false,
      error: message,
    });
    return null;
  }
}

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|lt|gt);/g, (e) => entities[e]!);
const RATINGS = ["GOOD", "APPROACHING_TARGET", "REQUIRES_IMPROVEMENT", "INADEQUATE"];

/**
 * Opens one of the lead's contracts with KPIs and records an assessment with the page's own form (its
 * hidden fields name the server action), then follows the redirect back to the contract as the browser would.
 */
async function recordAssessment(user: LoadUser, run: Browsing) {
  const contract = user.assessable[Math.floor(Math.random() * user.assessable.length)]!;
  const page = await request(user, run, contract, contract);
  const at = page?.body.indexOf('name="kpiId"') ?? -1;
  if (!page || at < 0) return;
  const form = page.body.slice(page.body.lastIndexOf("<form", at), page.body.indexOf("</form>", at));
  const kpiIds = [...form.matchAll(/<option value="(c[a-z0-9]{20,})"/g)].map((m) => m[1]!);
  const body = new FormData();
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g))
    body.append(decode(name!), decode(value ?? ""));
  body.append("kpiId", kpiIds[Math.floor(Math.random() * kpiIds.length)]!);
  body.append("assessedOn", new Date().toISOString().slice(0, 10));
  body.append("rating", RATINGS[Math.floor(Math.random() * RATINGS.length)]!);
  body.append("note", "Recorded by npm run load");
  const saved = await request(user, run, contract, `POST ${contract} (KPI assessment)`, { method: "POST", body });
  if (!saved) return;
  if (saved.status !== 303 || !saved.location.startsWith(contract)) {
    // The form came back (a refusal shows on the page with 200): the assessment was not saved.
    const last = run.samples.at(-1)!;
    Object.assign(last, { ok: false, error: `KPI assessment not saved (HTTP ${saved.status})` });
    return;
  }
  await request(user, run, saved.location.replace(/#.*/, ""), contract);
}

export async function browse(user: LoadUser, run: Browsing) {
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // Users arrive spread over one think time, not all in the same millisecond.
  await pause(Math.random() * run.thinkMs);
  while (Date.now() < run.until && !run.signal.aborted) {
    if (user.writes && user.assessable.length > 0 && Math.random() < run.writeShare) await recordAssessment(user, run);
    else {
      const path = user.pages[Math.floor(Math.random() * user.pages.length)]!;
      await request(user, run, path, path);
    }
    // The last pause ends with the run: the time measured is the run's, not a last reader's.
    if (run.thinkMs > 0) await pause(Math.min(run.thinkMs * (0.5 + Math.random()), run.until - Date.now()));
  }
}
