// The database of `npm run load`: the local one (LOAD_DATABASE_URL), or with --replica a PostgreSQL 15 primary and
// a streaming replica of it, each in its own temporary data directory on its own port (55440-55499), made with the
// cluster tests' helpers (tests/pg-cluster.ts: initdb as the postgres user with trust auth, whose pg_hba.conf has
// the replication lines; pg_basebackup -R for the replica). The system server on 5432 is left alone: its
// pg_hba.conf has no replication lines and is not ours to change.
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import pg from "pg";
import { createCluster, createReplica, type Cluster } from "../../tests/pg-cluster";

export const LOAD_DB = "partnerscope_load";

/** Creates the database when missing, applies the migrations and loads the demo data when it has no users. */
export async function ensureDemoDatabase(databaseUrl: string) {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: databaseUrl.replace(`/${name}`, "/postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  await admin.end();
  const env = { ...process.env, DATABASE_URL: databaseUrl, DATABASE_REPLICA_URLS: "" };
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { stdio: "ignore", env });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts", "--if-empty"], { stdio: "inherit", env });
}

/** Whether nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePortIn(from: number, to: number, taken: number[] = []): Promise<number> {
  for (let port = from; port <= to; port++) if (!taken.includes(port) && (await portIsFree(port))) return port;
  throw new Error(`No free port for PostgreSQL in ${from}-${to}`);
}

export type ReplicatedDatabase = {
  primaryUrl: string;
  replicaUrl: string;
  /** Waits until the replica has replayed everything written on the primary so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** The primary's view of its replica (pg_stat_replication): bytes of WAL not yet replayed, and the lags. */
  lag(): Promise<{ state: string; bytes: number; replayLag: string | null } | null>;
  /** Transactions each server has run in the load database so far (pg_stat_database): where the reads went. */
  transactions(): Promise<{ primary: number; replica: number }>;
};

/**
 * Starts the primary, then its replica; `onStop` receives each one's destroy (stop + remove the data directory) as
 * soon as it exists, so an error or Ctrl-C after that point still removes it.
 */
export async function startReplicatedDatabase(
  onStop: (stop: () => Promise<void>) => void,
): Promise<ReplicatedDatabase> {
  const primaryPort = await freePortIn(55440, 55499);
  const primary: Cluster = await createCluster(primaryPort);
  onStop(() => primary.destroy());
  const [settings] = await primary.query<{ wal_level: string }>("SHOW wal_level");
  if (settings?.wal_level !== "replica" && settings?.wal_level !== "logical")
    throw new Error(`The primary's wal_level is ${settings?.wal_level}: a streaming replica needs replica`);
  const replica: Cluster = await createReplica(primary, await freePortIn(55440, 55499, [primaryPort]));
  onStop(() => replica.destroy());
  return {
    primaryUrl: primary.url(LOAD_DB),
    replicaUrl: replica.url(LOAD_DB),
    async caughtUp(timeoutMs = 120_000) {
      const [{ lsn }] = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")) as [
        { lsn: string },
      ];
      const started = Date.now();
      for (;;) {
        const [row] = await replica.query<{ done: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [
          lsn,
        ]);
        if (row?.done) return;
        if (Date.now() - started > timeoutMs) throw new Error(`The replica had not replayed up to ${lsn} in time`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async lag() {
      const [row] = await primary.query<{ state: string; bytes: string; replay_lag: string | null }>(
        `SELECT state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text AS bytes, replay_lag::text
           FROM pg_stat_replication LIMIT 1`,
      );
      return row ? { state: row.state, bytes: Number(row.bytes), replayLag: row.replay_lag } : null;
    },
    async transactions() {
      const count = async (c: Cluster) =>
        Number(
          (
            await c.query<{ n: string }>(
              "SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = $1",
              [LOAD_DB],
            )
          )[0]?.n ?? 0,
        );
      return { primary: await count(primary), replica: await count(replica) };
    },
  };
}
