// Driver adapter for the Prisma CLI's WebAssembly schema engine (migrate, db execute).
// It works around two defects of @prisma/adapter-pg 6.19 under the schema engine
// (see ../shared/STACK.md and prisma/orm#27403):
//  1. catalog columns of type `name` / `"char"` (and their arrays) cannot be deserialised:
//     report them as text / text[] in query results;
//  2. executeScript splits a migration on every ";", which breaks function bodies
//     (the audit trail's trigger): send the script whole, as one simple-protocol query;
//  3. the shadow database is dropped while its pool still holds connections: close the pool
//     first, then DROP ... WITH (FORCE), and honour DATABASE_URL's host, port and user.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const AS_TEXT: Record<number, number> = { 19: TEXT, 18: TEXT, 1003: TEXT_ARRAY, 1002: TEXT_ARRAY };

function retypeFields<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as Array<{ fields?: Array<{ dataTypeID: number }> }>) {
    for (const field of r?.fields ?? []) {
      const asText = AS_TEXT[field.dataTypeID];
      if (asText !== undefined) field.dataTypeID = asText;
    }
  }
  return result;
}

// pg.Pool.query calls Client.query with a callback; transactions call it without one.
class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : retypeFields(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(retypeFields) : out;
  }
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    Client: CatalogSafeClient,
    host: decodeURIComponent(u.hostname) || undefined,
    port: u.port ? Number(u.port) : undefined,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: database ?? (decodeURIComponent(u.pathname.slice(1)) || undefined),
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    max: 2,
    idleTimeoutMillis: 200,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function runScriptsWhole(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // Reuse the adapter's own error conversion so the CLI prints a Postgres error, not a crash.
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(new pg.Pool(poolConfig(url)), { disposeExternalPool: true });
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Pool(poolConfig(this.url));
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg(new pg.Pool(poolConfig(this.url, database)), { disposeExternalPool: true });
    const adapter = runScriptsWhole(await shadow.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

export function migrationAdapter(url: string) {
  return new MigrationAdapterFactory(url);
}
