// Is this error "the database is not answering"? Then the user is told to try again, rather than shown a crash.
// Safe for client code (no server imports): app/error.tsx shows the same words.

export const DATABASE_UNAVAILABLE =
  "The database is not answering right now. Nothing was saved; try again in a minute.";

// Prisma: P1001 can't reach, P1002 timed out, P1017 server closed the connection, P2024 pool timeout,
// P2028 transaction API error (its connection went away). Node: refused, reset, timed out.
// PostgreSQL SQLSTATE: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up),
// class 08 connection exceptions.
const CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2028",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const MESSAGES = [
  /can't reach database server/i,
  /connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /server closed the connection unexpectedly/i,
  /client has encountered a connection error and is not queryable/i,
  /timed out fetching a new connection/i,
  /ECONNREFUSED|ECONNRESET/,
];

/** Walks the error and its causes (Prisma wraps the driver's error, which wraps the socket's). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as Record<string, unknown>;
  for (const key of ["code", "originalCode", "errorCode"]) {
    if (typeof e[key] === "string" && CODES.has(e[key] as string)) return true;
  }
  if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true;
  const nested = [e.cause, e.meta, e.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
