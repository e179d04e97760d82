// The one way to build a Prisma client: the app (lib/db.ts), the seed and the CLI scripts all use it.
// No "server-only" here so that plain Node scripts (tsx) can import it.
import { PrismaClient } from "@prisma/client";
import { readReplicas } from "@prisma/extension-read-replicas";
import { createPgAdapter } from "./database/pg-adapter";
import { DatabaseEnvShape, readEnv } from "./env";

export type ClientOptions = {
  url: string;
  poolMax?: number;
  /** Streaming replicas: reads (find*, count, aggregate, groupBy) go to one of them, writes and transactions to `url`. */
  replicaUrls?: string[];
  /** Read-your-own-writes: when this answers true the read goes to the primary (see lib/db/fresh-reads.ts). */
  readFromPrimary?: () => boolean | Promise<boolean>;
};

function adapterClient(url: string, poolMax: number) {
  return new PrismaClient({ adapter: createPgAdapter(url, poolMax) });
}

export function createPrismaClient(options: ClientOptions): PrismaClient {
  const poolMax = options.poolMax ?? 10;
  const primary = adapterClient(options.url, poolMax);
  if (!options.replicaUrls?.length) return primary;
  const replicas = options.replicaUrls.map((url) => adapterClient(url, poolMax));
  const readFromPrimary = options.readFromPrimary ?? (() => false);
  // Extensions run in the order they are added: this hook sees every query first and sends reads that
  // must be fresh straight to the primary; the others continue to the replicas extension.
  const routed = primary
    .$extends({
      query: {
        // @ts-expect-error __internalParams is how the read-replicas extension itself tells transactions apart.
        async $allOperations({ model, operation, args, query, __internalParams: { transaction } }) {
          // Inside a transaction the query must stay on the transaction's connection (it is on the primary).
          if (model && !transaction && (await readFromPrimary())) {
            const delegate = (primary as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[
              lowerFirst(model)
            ]!;
            return delegate[operation]!(args);
          }
          return query(args);
        },
      },
    })
    .$extends(readReplicas({ replicas }));
  // The extended client behaves as a PrismaClient everywhere the app uses one (models, $transaction, raw SQL);
  // raw SQL and transactions always run on the primary.
  return routed as unknown as PrismaClient;
}

function lowerFirst(name: string) {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Pool size from the environment (DATABASE_POOL_MAX, default 10). */
export function poolMaxFromEnv(): number {
  return readEnv({ DATABASE_POOL_MAX: DatabaseEnvShape.DATABASE_POOL_MAX }).DATABASE_POOL_MAX;
}
