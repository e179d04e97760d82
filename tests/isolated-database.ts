// A database of a test's own, migrated, for tests that do what nobody else may see mid-run (emptying the
// audit trail). On TEST_DATABASE_URL's server: a fresh database, dropped afterwards; else an in-memory
// embedded one.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedDatabase } from "@/scripts/embedded-db";

export type IsolatedDatabase = { url: string; drop(): Promise<void> };

export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  let url: string;
  let drop: () => Promise<void>;
  if (base) {
    const name = `${new URL(base).pathname.slice(1)}_iso_${randomUUID().slice(0, 8)}`.replace(/[^a-z0-9_]/gi, "_");
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(base);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const embedded = await startEmbeddedDatabase();
    url = embedded.url;
    drop = embedded.stop;
  }
  await promisify(execFile)(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  return { url, drop };
}
