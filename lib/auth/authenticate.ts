import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schema";
import { isThrottled, THROTTLE_WINDOW_MINUTES, THROTTLED } from "@/lib/auth/throttle";

// A hash of a random password: verifying against it when the email is unknown keeps the
// response time the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export class SignInThrottled extends Error {
  constructor() {
    super(THROTTLED);
  }
}

/**
 * Checks an email and password typed at sign-in, from an address. Returns the user, or null for any
 * wrong combination (one answer for all); throws SignInThrottled when too many attempts have failed.
 */
export async function authenticate(credentials: unknown, address: string) {
  const parsed = SignInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [forAccount, forAddress] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { address, succeeded: false, at: { gte: since } } }),
  ]);
  if (isThrottled({ forAccount, forAddress })) throw new SignInThrottled();
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const succeeded = Boolean(user && ok && !user.disabledAt);
  await db.signInAttempt.create({ data: { email, address, succeeded } });
  return succeeded ? user : null;
}

/** The client's address: the first X-Forwarded-For hop (set by the load balancer), else unknown. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "unknown";
}
