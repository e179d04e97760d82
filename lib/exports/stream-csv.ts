import "server-only";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { env } from "@/lib/env";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams a query's result as CSV straight from PostgreSQL's COPY, on a connection of its own, so a
 * million-row export never sits in memory (back-pressure flows from the HTTP client to Postgres).
 * UTF-8 with a BOM so that Excel shows "£" correctly. Dates and money are formatted in the SQL.
 */
export function streamCsvFromQuery(sql: string): ReadableStream<Uint8Array> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  const out = new PassThrough();
  out.write(BOM);
  void (async () => {
    try {
      await client.connect();
      await pipeline(client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`)), out);
    } catch (error) {
      out.destroy(error as Error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
