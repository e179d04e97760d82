import "server-only";
import type { PrismaClient } from "@prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";

// One client per process; kept on globalThis so dev hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db =
  globalForPrisma.prisma ?? createPrismaClient({ url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX });
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
