// Bulk writes: one INSERT ... SELECT FROM json_to_recordset($1) per chunk of rows. One text
// parameter per statement, so no 65,535-parameter limit and no per-row round trips; it goes
// through the Prisma client's own connection (one pool).
import { forgetPrismaDebugHistory } from "./prisma-debug-history";

export type RawExecutor = {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
};

type SqlType = "text" | "date" | "timestamp(3)" | "numeric" | "integer" | "boolean" | "jsonb" | `"${string}"`;

export type CellValue = string | number | boolean | null | readonly unknown[];

export type TableSpec<Row> = {
  name: string;
  columns: { [K in keyof Row]-?: SqlType };
  /** Columns set to now() by the statement (Prisma's @updatedAt has no database default). */
  stampedNow?: readonly string[];
};

export function insertStatement<Row>(spec: TableSpec<Row>): string {
  const entries = Object.entries(spec.columns) as [string, SqlType][];
  const names = entries.map(([name]) => `"${name}"`);
  const now = spec.stampedNow ?? [];
  const target = [...names, ...now.map((n) => `"${n}"`)].join(", ");
  const select = [...names, ...now.map(() => "now()")].join(", ");
  const shape = entries.map(([name, type]) => `"${name}" ${type}`).join(", ");
  return `INSERT INTO "${spec.name}" (${target}) SELECT ${select} FROM json_to_recordset($1::json) AS t(${shape})`;
}

/** One chunk of one table, serialised and ready to send. */
type Chunk = { sql: string; json: string; rows: number; done(): void };

/**
 * Buffers rows for one table. Writers in a group flush together, parents first, so that foreign
 * keys always point at rows already written.
 */
export class TableWriter<Row extends { [K in keyof Row]: CellValue }> {
  private rows: Row[] = [];
  private readonly sql: string;
  written = 0;

  constructor(readonly spec: TableSpec<Row>) {
    this.sql = insertStatement(spec);
  }

  push(row: Row): void {
    this.rows.push(row);
  }

  get buffered(): number {
    return this.rows.length;
  }

  /** Takes the buffered rows as one chunk (or nothing when empty). */
  take(): Chunk | undefined {
    if (this.rows.length === 0) return undefined;
    const rows = this.rows.length;
    const json = JSON.stringify(this.rows);
    this.rows = [];
    return { sql: this.sql, json, rows, done: () => (this.written += rows) };
  }
}

type Chunked = { readonly buffered: number; take(): Chunk | undefined };

/**
 * Writes a set of tables in chunks on one connection, one statement at a time. The next chunk is
 * generated while the database writes the last one; at most two are in memory.
 */
export class WriterGroup {
  private inFlight: Promise<void> = Promise.resolve();

  /** Writers in foreign-key order: a table's parents come before it. */
  constructor(
    private readonly db: RawExecutor,
    private readonly writers: readonly Chunked[],
    private readonly chunkSize = 5000,
  ) {}

  /** Call between whole units (a contract and its children): hands everything over once any buffer is full. */
  async flushIfFull(): Promise<void> {
    if (this.writers.some((w) => w.buffered >= this.chunkSize)) await this.handOver();
  }

  /** Writes everything buffered and waits until it is written. */
  async flushAll(): Promise<void> {
    await this.handOver();
    await this.inFlight;
  }

  private async handOver(): Promise<void> {
    const chunks = this.writers.map((w) => w.take()).filter((c): c is Chunk => c !== undefined);
    await this.inFlight; // the previous chunks are written (or their error surfaces here)
    if (chunks.length === 0) return;
    const write = (async () => {
      for (const chunk of chunks) {
        await this.db.$executeRawUnsafe(chunk.sql, chunk.json);
        forgetPrismaDebugHistory();
        chunk.done();
      }
    })();
    write.catch(() => {}); // handled when awaited by the next hand-over or flushAll
    this.inFlight = write;
  }
}
