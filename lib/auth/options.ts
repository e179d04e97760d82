import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate, clientAddress } from "@/lib/auth/authenticate";
import type { Role } from "@/lib/auth/roles";

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
        // Throws when throttled: next-auth then reports the error's message ("THROTTLED") to the form.
        const user = await authenticate(credentials, clientAddress(request?.headers));
        return user ? { id: user.id, email: user.email, name: user.name } : null;
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
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? "", role: token.role };
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
};
