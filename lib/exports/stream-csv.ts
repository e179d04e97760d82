import "server-only";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { env } from "@/lib/env";
import { toWebStream } from "@/lib/exports/to-web-stream";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const BATCH_BYTES = 256 * 1024;

/**
 * COPY arrives as one small chunk per row; web streams pay per chunk, so gather rows into ~256 kB
 * batches before they cross into the HTTP response.
 */
function batchChunks(first: Buffer): Transform {
  let pending: Buffer[] = [first];
  let size = first.length;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= BATCH_BYTES) {
        this.push(Buffer.concat(pending, size));
        pending = [];
        size = 0;
      }
      done();
    },
    flush(done) {
      if (size > 0) this.push(Buffer.concat(pending, size));
      done();
    },
  });
}

/**
 * Streams a query's result as CSV straight from PostgreSQL's COPY, on a connection of its own, so a
 * million-row export never sits in memory (back-pressure flows from the HTTP client to Postgres).
 * UTF-8 with a BOM (sent with the first rows) so that Excel shows "£" correctly. Dates and money are
 * formatted, and text neutralised, in the SQL (lib/exports/columns.ts).
 */
export function streamCsvFromQuery(sql: string): ReadableStream<Uint8Array> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  const out = new PassThrough();
  void (async () => {
    try {
      await client.connect();
      await pipeline(client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`)), batchChunks(BOM), out);
    } catch (error) {
      out.destroy(error as Error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return toWebStream(out);
}
