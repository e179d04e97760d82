// Security headers. Pure, so the policy is unit-tested and the proxy only applies it.

/**
 * A strict Content-Security-Policy: scripts only with this request's nonce (and what they load, via
 * 'strict-dynamic'); no plugins, no framing, no base-tag or form hijacking. Styles allow inline
 * attributes because charts and React set style attributes; style injection cannot run script.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/** HSTS, sent by the proxy only when the request came over HTTPS (directly or via a TLS-terminating proxy). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function isHttps(protocol: string, forwardedProto: string | null): boolean {
  return protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

/** Headers for every response, static files included (set in next.config.ts). */
export function staticSecurityHeaders(): Array<{ key: string; value: string }> {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
