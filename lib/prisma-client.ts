// The one way to build a Prisma client: the app (lib/db.ts), the seed and the CLI scripts all use it.
// No "server-only" here so that plain Node scripts (tsx) can import it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export function createPrismaClient(options: { url: string; poolMax?: number }) {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    idleTimeoutMillis: 10_000,
  });
  return new PrismaClient({ adapter });
}

/** Pool size from the environment: 1 for the embedded database (PGlite has a single session). */
export function poolMaxFromEnv(): number {
  const n = Number(process.env.DATABASE_POOL_MAX);
  return Number.isInteger(n) && n > 0 ? n : 10;
}
