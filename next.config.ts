import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "100mb" }, proxyClientMaxBodySize: "100mb" },
  poweredByHeader: false,
  // pdfkit reads its font metrics from its own folder at run time: load it from node_modules, unbundled.
  serverExternalPackages: ["pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
