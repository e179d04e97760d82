import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/auth/schema";
import type { Role } from "@/lib/auth/roles";

// A hash of a random password: verifying against it when the email is unknown keeps the
// response time the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE },
  jwt: { maxAge: env.SESSION_MAX_AGE },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
        if (!user || !ok || user.disabledAt) return null;
        return { id: user.id, email: user.email, name: user.name };
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
