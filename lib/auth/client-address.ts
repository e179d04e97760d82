// The client's address, for sign-in throttling. The server (scripts/server.ts) writes the TCP peer's address
// into SOCKET_ADDRESS_HEADER on every request, replacing whatever the client sent. X-Forwarded-For is believed
// only through the configured number of trusted proxy hops (TRUSTED_PROXY_HOPS, default 0): each trusted proxy
// appends the address it saw, so the client is the entry that many places from the right; anything further
// left was written by the client and is ignored.
export const SOCKET_ADDRESS_HEADER = "x-partnerscope-socket-address";
export const UNKNOWN_ADDRESS = "unknown";

type Headers = Record<string, string | string[] | undefined> | undefined;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);

/** "::ffff:10.0.0.1" and "10.0.0.1" are the same client. */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function clientAddress(headers: Headers, trustedHops: number): string {
  const socket = one(headers?.[SOCKET_ADDRESS_HEADER])?.trim();
  if (!socket) return UNKNOWN_ADDRESS;
  if (trustedHops === 0) return normalise(socket);
  const forwarded = (one(headers?.["x-forwarded-for"]) ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  // The socket is the nearest trusted proxy; each further trusted hop wrote the entry before it.
  const client = chain[chain.length - 1 - trustedHops] ?? chain[0]!;
  return normalise(client);
}
