// Rebuild the insight pre-aggregates on DATABASE_URL (after a bulk load done outside the importers).
import { refreshSpendAggregates } from "../lib/insight/refresh";
import { createPrismaClient } from "../lib/prisma-client";
import { DatabaseEnvShape, readEnv } from "../lib/env";

const url = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const prisma = createPrismaClient({ url, poolMax: 1 });
const started = performance.now();
refreshSpendAggregates(prisma)
  .then(() => console.log(`Spend aggregates rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`))
  .finally(() => prisma.$disconnect());
