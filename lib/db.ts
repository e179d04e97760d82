import "server-only";
import type { PrismaClient } from "@prisma/client";
import { readFromPrimary } from "@/lib/database/fresh-reads";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";

// One client per process; kept on globalThis so dev hot reloads do not open new pools.
// With DATABASE_REPLICA_URLS, reads go to the replicas except where the user must see their own write.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db =
  globalForPrisma.prisma ??
  createPrismaClient({
    url: env.DATABASE_URL,
    poolMax: env.DATABASE_POOL_MAX,
    replicaUrls: env.DATABASE_REPLICA_URLS,
    readFromPrimary,
  });
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
