import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Convenience only: sends signed-out visitors to sign in. Every query and action checks the
// caller itself (lib/auth/caller.ts); this is never the security boundary.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|register|api/auth|api/health|_next/static|_next/image|favicon.ico).*)"],
};
