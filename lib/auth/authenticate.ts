import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schema";
import { UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import {
  applicableFailures,
  KNOWN_ADDRESS_DAYS,
  THROTTLE_WINDOW_MINUTES,
  THROTTLED,
  throttledUntil,
} from "@/lib/auth/throttle";

// A hash of a random password: verifying against it when the email is unknown keeps the
// response time the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

/** What the sign-in form is told when something other than the password went wrong (the database is down). */
export const SIGN_IN_UNAVAILABLE = "UNAVAILABLE";

export class SignInThrottled extends Error {
  constructor(readonly until: Date) {
    super(THROTTLED);
  }
}

type CountRow = {
  pair: bigint;
  pairLatest: Date | null;
  address: bigint;
  addressLatest: Date | null;
  account: bigint;
  accountLatest: Date | null;
  known: boolean;
};

/** Recent failures for this account and address, and whether the account has signed in from here before. */
async function recentFailures(email: string, address: string) {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const knownSince = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const [row] = await db.$queryRaw<CountRow[]>`
    SELECT count(*) FILTER (WHERE email = ${email} AND address = ${address}) AS pair,
           max(at) FILTER (WHERE email = ${email} AND address = ${address}) AS "pairLatest",
           count(*) FILTER (WHERE address = ${address}) AS address,
           max(at) FILTER (WHERE address = ${address}) AS "addressLatest",
           count(*) FILTER (WHERE email = ${email}) AS account,
           max(at) FILTER (WHERE email = ${email}) AS "accountLatest",
           EXISTS (SELECT 1 FROM "SignInAttempt" WHERE email = ${email} AND address = ${address} AND succeeded AND at >= ${knownSince}) AS known
    FROM "SignInAttempt"
    WHERE NOT succeeded AND at >= ${since} AND (email = ${email} OR address = ${address})`;
  const count = (n: bigint | undefined, latestAt: Date | null | undefined) => ({
    count: Number(n ?? 0),
    latestAt: latestAt ?? null,
  });
  return applicableFailures(
    {
      pair: count(row?.pair, row?.pairLatest),
      address: count(row?.address, row?.addressLatest),
      account: count(row?.account, row?.accountLatest),
    },
    { knownAddress: Boolean(row?.known), addressKnown: address !== UNKNOWN_ADDRESS },
  );
}

/**
 * Checks an email and password typed at sign-in, from an address. Returns the user, or null for any
 * wrong combination (one answer for all); throws SignInThrottled while a delay from earlier failures runs.
 * A refused attempt is not counted: waiting is what ends the delay.
 */
export async function authenticate(credentials: unknown, address: string) {
  const parsed = SignInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const until = throttledUntil(await recentFailures(email, address), new Date());
  if (until) throw new SignInThrottled(until);
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const succeeded = Boolean(user && ok && !user.disabledAt);
  await db.signInAttempt.create({ data: { email, address, succeeded } });
  return succeeded ? user : null;
}
