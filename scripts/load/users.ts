// The simulated people of `npm run load`: signed in across the demo roles, each keeping its cookies as a browser
// does (the session, and after a save the read-your-own-writes and banner cookies), each request sent to the next
// app instance in turn, as a round-robin load balancer would.
import { signIn } from "../bench/server";

const ROLES = ["admin", "lead.nhse", "lead.hmrc", "supplier.palantir", "supplier.cf", "auditor", "auditor.all"].map(
  (u) => `${u}@partnerscope.example`,
);

/** Round-robin over the app instances' base URLs. */
export class Balancer {
  private turn = 0;
  constructor(readonly baseUrls: string[]) {}
  next(): { instance: number; baseUrl: string } {
    const instance = this.turn++ % this.baseUrls.length;
    return { instance, baseUrl: this.baseUrls[instance]! };
  }
}

export class CookieJar {
  private readonly cookies = new Map<string, string>();
  constructor(header: string) {
    for (const pair of header.split("; ").filter(Boolean)) this.set(pair);
  }
  private set(pair: string, attributes: string[] = []) {
    const [name, ...value] = pair.split("=");
    const expired = attributes.some((a) => {
      const [key, v] = a.trim().toLowerCase().split("=");
      return (key === "max-age" && Number(v) <= 0) || (key === "expires" && Date.parse(v ?? "") < Date.now());
    });
    if (expired || value.join("=") === "") this.cookies.delete(name!.trim());
    else this.cookies.set(name!.trim(), value.join("="));
  }
  keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      this.set(pair!, attributes);
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

export type LoadUser = {
  email: string;
  jar: CookieJar;
  pages: string[];
  /** Contracts whose page has the KPI assessment form (a lead's contracts with KPIs). */
  assessable: string[];
  writes: boolean;
};

const BUYER_PAGES = ["/insight", "/insight?from=2025-04&to=2026-03", "/insight/partnerships", "/insight/contracts"];
const WRITER_PAGES = ["/partner-search?q=data", "/partner-search?sme=sme&sort=contracts"];

/** The pages a role can open, found by reading its own list pages (so every request should answer 200). */
async function pagesFor(jar: CookieJar, email: string, balancer: Balancer) {
  const buyer = !email.startsWith("supplier.");
  const writer = email.startsWith("admin") || email.startsWith("lead.");
  const page = async (path: string) =>
    (await fetch(`${balancer.next().baseUrl}${path}`, { headers: { Cookie: jar.header() } })).text();
  const links = async (path: string, pattern: RegExp) =>
    [...new Set([...(await page(path)).matchAll(pattern)].map((m) => m[0]))].slice(0, 20);
  const contracts = await links("/contracts", /\/contracts\/c[a-z0-9]{20,}/g);
  const suppliers = await links("/suppliers", /\/suppliers\/c[a-z0-9]{20,}/g);
  const frameworks = await links("/frameworks", /\/frameworks\/c[a-z0-9]{20,}/g);
  const pages = [
    "/",
    "/contracts",
    "/contracts?sort=title&dir=asc",
    "/contracts?sort=currentValue&dir=desc&page=2",
    "/contracts?q=data",
    "/contracts?q=platform&status=ACTIVE",
    "/suppliers",
    "/suppliers?q=ltd",
    "/frameworks",
    ...contracts,
    ...suppliers,
    ...frameworks,
    ...(buyer ? BUYER_PAGES : []),
    ...(writer ? WRITER_PAGES : []),
  ];
  const assessable: string[] = [];
  if (email.startsWith("lead."))
    for (const c of contracts) if ((await page(c)).includes('name="kpiId"')) assessable.push(c);
  return { pages, assessable };
}

/** Signs in `count` users across the roles, a few at a time (argon2 is deliberately slow), and finds their pages. */
export async function signInUsers(count: number, balancer: Balancer, signal: AbortSignal): Promise<LoadUser[]> {
  const users: LoadUser[] = [];
  for (let i = 0; i < count; i += 4) {
    signal.throwIfAborted();
    const emails = Array.from({ length: Math.min(4, count - i) }, (_, k) => ROLES[(i + k) % ROLES.length]!);
    const cookies = await Promise.all(emails.map((email) => signIn(balancer.next().baseUrl, email)));
    users.push(
      ...emails.map((email, k) => ({
        email,
        jar: new CookieJar(cookies[k]!),
        pages: [],
        assessable: [],
        writes: email.startsWith("lead."),
      })),
    );
  }
  for (const email of ROLES.slice(0, count)) {
    const found = await pagesFor(users.find((u) => u.email === email)!.jar, email, balancer);
    for (const user of users.filter((u) => u.email === email)) Object.assign(user, found);
  }
  return users;
}
