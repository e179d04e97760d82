import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "100mb" }, proxyClientMaxBodySize: "100mb" },
  poweredByHeader: false,
};

export default nextConfig;
