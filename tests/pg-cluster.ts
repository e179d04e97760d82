// Throwaway PostgreSQL 15 clusters for the fault and replica tests: their own data directory and port,
// so they can be stopped and restarted without touching the shared server on 5432.
// initdb refuses root, so the binaries run as the postgres user in directories it owns.
import { execFile } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const exec = promisify(execFile);

async function asPostgres(tool: string, args: string[]) {
  const command =
    process.getuid?.() === 0
      ? (["runuser", ["-u", "postgres", "--", join(BIN, tool), ...args]] as const)
      : ([join(BIN, tool), args] as const);
  return exec(command[0], [...command[1]], { maxBuffer: 10_000_000 });
}

/** A free high port, asked of the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function ownedTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const { uid, gid } = userIds("postgres");
    chownSync(dir, uid, gid);
  }
  return dir;
}

function userIds(name: string): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`No ${name} user on this machine`);
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export type Cluster = {
  port: number;
  dataDir: string;
  url(database?: string): string;
  start(): Promise<void>;
  /** Fast shutdown: open sessions are ended (57P01), as in a restart by an operator or a failover. */
  stop(): Promise<void>;
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[], database?: string): Promise<T[]>;
  destroy(): Promise<void>;
};

function cluster(dataDir: string, port: number): Cluster {
  const logFile = join(dataDir, "..", `${port}.log`);
  const self: Cluster = {
    port,
    dataDir,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: async () =>
      void (await asPostgres("pg_ctl", [
        "start",
        "-w",
        "-D",
        dataDir,
        "-l",
        logFile,
        "-o",
        `-p ${port} -k ${join(dataDir, "..")} -c listen_addresses=127.0.0.1`,
      ])),
    stop: async () => void (await asPostgres("pg_ctl", ["stop", "-w", "-m", "fast", "-D", dataDir])),
    query: async (sql, params, database) => {
      const client = new pg.Client({ connectionString: self.url(database) });
      // A session ended by a stopping server: the query rejects; the event alone must not crash the process.
      client.on("error", () => undefined);
      await client.connect();
      try {
        return (await client.query(sql, params as unknown[])).rows;
      } finally {
        await client.end();
      }
    },
    destroy: async () => {
      await self.stop().catch(() => undefined);
      rmSync(join(dataDir, ".."), { recursive: true, force: true });
    },
  };
  return self;
}

/** initdb + start on `port` or a free one; local connections are trusted (including replication). */
export async function createCluster(port?: number): Promise<Cluster> {
  const root = ownedTempDir("partnerscope-pg-");
  const dataDir = join(root, "data");
  await asPostgres("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const c = cluster(dataDir, port ?? (await freePort()));
  await c.start();
  return c;
}

/** A streaming replica of `primary` on `port` or a free one, from pg_basebackup (-R writes standby.signal and primary_conninfo). */
export async function createReplica(primary: Cluster, port?: number): Promise<Cluster> {
  const root = ownedTempDir("partnerscope-replica-");
  const dataDir = join(root, "data");
  await asPostgres("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    dataDir,
    "-R",
    "-X",
    "stream",
  ]);
  const c = cluster(dataDir, port ?? (await freePort()));
  await c.start();
  return c;
}

/** Applies the app's migrations, as `npm start` and the test set-up do. */
export async function migrate(url: string) {
  await exec(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
  });
}
