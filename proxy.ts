import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";
import { isPublicPath, publicBodyRefusal } from "@/lib/security/body-limit";

// Sets a fresh CSP nonce on every request (Next applies it to its own scripts), and sends signed-out
// visitors to sign in. Convenience only: every query and action checks the caller itself
// (lib/access/caller.ts); this is never the security boundary.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = isPublicPath(pathname);
  // Anyone can post to the public pages (registration, joining, sign-in): a small form needs a small body, and
  // a big one is refused from its declared length before it is read.
  if (isPublic && request.method === "POST") {
    const refusal = publicBodyRefusal(request.headers.get("content-length"));
    if (refusal)
      return new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
  }
  if (!isPublic) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

// Prefetches too: their responses (RSC payloads) carry the same Content-Security-Policy as any other.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
