// The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served over the wire protocol,
// so Prisma, psql and the app talk to it exactly as to a real server.
// PGlite has ONE session: the app must use a pool of one connection (DATABASE_POOL_MAX=1).
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(preferred?: number): Promise<number> {
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
 * Starts PGlite with its data in `dataDir` (or in memory when omitted) and serves it on 127.0.0.1.
 * Returns the connection URL and a stop() that closes the server and the database cleanly.
 */
export type EmbeddedDatabase = { url: string; port: number; stop(): Promise<void> };

export async function startEmbeddedDatabase({ dataDir, port }: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const chosenPort = await freePort(port);
  // More than one connection so the CLI and psql can connect too; queries are queued onto the one session.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: chosenPort, maxConnections: 16 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${chosenPort}/postgres?sslmode=disable`,
    port: chosenPort,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
