// The HTTP server `npm start` runs: Next's request handler behind a plain Node server, so the app can know
// the TCP peer's address (Next keeps a client's X-Forwarded-For as it came, and tells a route handler nothing
// about the socket). Every request gets SOCKET_ADDRESS_HEADER set from the socket, replacing whatever the
// client sent; lib/auth/client-address.ts reads it (and X-Forwarded-For only through TRUSTED_PROXY_HOPS).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { SOCKET_ADDRESS_HEADER } from "../lib/auth/client-address";
import { isPublicPath, publicBodyRefusal, signedInBodyRefusal } from "../lib/security/body-limit";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// PORT is read here directly: the listening socket is opened before Next (and lib/env.ts) is loaded.
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);

async function main() {
  const app = next({ dev, dir: root, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    // A post over its limit is refused here, unread: Next would buffer it (for proxy.ts) before refusing. Public
    // pages 64 KB, signed-in actions 1 MB, the upload route the upload limit (lib/security/body-limit.ts).
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    const length = request.headers["content-length"] ?? null;
    const refusal =
      request.method !== "POST"
        ? null
        : isPublicPath(pathname)
          ? publicBodyRefusal(length)
          : signedInBodyRefusal(pathname, length);
    if (refusal) {
      response.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(refusal.message);
      // Read and drop what the client is still sending (nothing is kept), so it hears the answer; a client still
      // sending after 10 seconds is cut off.
      const cutOff = setTimeout(() => request.socket.destroy(), 10_000);
      request.on("end", () => clearTimeout(cutOff));
      request.resume();
      return;
    }
    void handle(request, response);
  });
  server.listen(port, () => console.log(`[partnerscope] listening on port ${port}${dev ? " (development)" : ""}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
