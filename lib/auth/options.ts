import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate, SignInThrottled, SIGN_IN_UNAVAILABLE } from "@/lib/auth/authenticate";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { clientAddress } from "@/lib/auth/client-address";
import { endSession, startSession } from "@/lib/auth/user-sessions";
import type { Role } from "@/lib/access/roles";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE },
  jwt: { maxAge: env.SESSION_MAX_AGE },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        // next-auth reports a thrown error's message to the form, in the address bar: only our own codes
        // ("THROTTLED", "UNAVAILABLE") may get there, never a driver's text with hosts and ports.
        try {
          const user = await authenticate(credentials, clientAddress(request?.headers, env.TRUSTED_PROXY_HOPS));
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (error) {
          if (error instanceof SignInThrottled) throw error;
          console.error("sign-in failed:", error);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    // The token carries role and scope for navigation; every query re-reads them from the database.
    async jwt({ token, user }) {
      if (user) {
        const record = await db.user.findUniqueOrThrow({ where: { id: user.id } });
        token.sub = record.id;
        token.role = record.role as Role;
        token.departmentId = record.departmentId;
        token.supplierId = record.supplierId;
        token.sessionVersion = record.sessionVersion;
        token.sessionId = await startSession(record.id);
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? "", role: token.role };
      session.sessionVersion = token.sessionVersion;
      session.sessionId = token.sessionId;
      return session;
    },
    // The same rule as the login page: only a path on this site.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackUrl(path)}`;
    },
  },
  events: {
    // Sign-out ends the session on the server: a copy of the cookie stops working too.
    async signOut({ token }) {
      if (token?.sessionId) await endSession(token.sessionId);
    },
  },
};
