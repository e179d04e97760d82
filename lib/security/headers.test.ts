import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttps, staticSecurityHeaders } from "@/lib/security/headers";

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy("abc123", { dev: false });
  const directive = (name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

  it("allows scripts only with the request's nonce", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("forbids framing, plugins and base-tag hijacking", () => {
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("base-uri")).toBe("base-uri 'none'");
  });

  it("relaxes only what the development server needs", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });
});

describe("static headers and HTTPS detection", () => {
  it("never lets the browser sniff types or frame the app", () => {
    expect(staticSecurityHeaders()).toContainEqual({ key: "X-Content-Type-Options", value: "nosniff" });
    expect(staticSecurityHeaders()).toContainEqual({ key: "X-Frame-Options", value: "DENY" });
  });
  it("recognises HTTPS directly or behind a TLS-terminating proxy", () => {
    expect(isHttps("https:", null)).toBe(true);
    expect(isHttps("http:", "https")).toBe(true);
    expect(isHttps("http:", "https, http")).toBe(true);
    expect(isHttps("http:", null)).toBe(false);
    expect(isHttps("http:", "http")).toBe(false);
  });
});
