import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/access/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role };
    sessionVersion: number;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    departmentId: string | null;
    supplierId: string | null;
    sessionVersion: number;
    sessionId?: string;
  }
}
