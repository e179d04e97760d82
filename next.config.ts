import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  // Server actions carry fields, never files: 1 MB (SIGNED_IN_BODY_LIMIT). Files go to the upload route
  // (app/(app)/imports/upload), which streams and counts them against MAX_UPLOAD_BYTES; proxy.ts may still see
  // its body, hence the proxy's larger limit. scripts/server.ts refuses oversized posts before Next reads them:
  // public pages 64 KB, signed-in actions 1 MB, the upload route 100 MB (lib/security/body-limit.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" }, proxyClientMaxBodySize: "101mb" },
  poweredByHeader: false,
  // Every page's <title> is resolved before its body is sent, for every browser, not streamed in after it
  // (Next.js streams metadata to all but a list of bots): a screen reader never meets a page without a title
  // (WCAG 2.4.2), also while a server action or refresh re-renders it. Our titles are one indexed read.
  htmlLimitedBots: /.*/,
  // pdfkit reads its font metrics from its own folder at run time: load it from node_modules, unbundled.
  serverExternalPackages: ["pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
