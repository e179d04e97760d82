import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";

const headers = (socket: string | undefined, forwarded?: string) => ({
  [SOCKET_ADDRESS_HEADER]: socket,
  "x-forwarded-for": forwarded,
});

describe("clientAddress", () => {
  it("with no trusted proxy, is the socket's address whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers("203.0.113.7", "198.51.100.1"), 0)).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("behind trusted proxies, takes the entry that many hops from the right, ignoring what the client wrote", () => {
    // client forged "1.1.1.1"; the load balancer (the socket) appended the client's real address.
    expect(clientAddress(headers("10.0.0.2", "1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // two proxies: edge appended the client, the inner one appended the edge.
    expect(clientAddress(headers("10.0.0.3", "1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // fewer entries than hops: the leftmost is all there is.
    expect(clientAddress(headers("10.0.0.2"), 2)).toBe("10.0.0.2");
  });

  it("is unknown when the server did not say (the header is written by scripts/server.ts only)", () => {
    expect(clientAddress(headers(undefined, "198.51.100.1"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(undefined, 1)).toBe(UNKNOWN_ADDRESS);
  });
});
