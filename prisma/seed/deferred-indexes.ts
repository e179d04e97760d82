// Bulk loading a large table: its keys, indexes and foreign keys are dropped before the rows go in and
// made again after, from the definitions the database itself holds (so they come back exactly as the
// migrations made them). Building an index once from sorted rows costs a fraction of keeping it up to date
// row by row, and one join validates a foreign key faster than a lookup per row: at ten million payments
// the difference is most of the seed. Runs inside the seed's transaction: all or nothing.
import type { RawExecutor } from "./bulk";

type Definitions = {
  primaryKey: { name: string; def: string }[];
  indexes: string[];
  foreignKeys: { name: string; def: string }[];
};

type Reader = RawExecutor & { $queryRawUnsafe<T>(query: string, ...values: unknown[]): PromiseLike<T> };

async function definitions(db: Reader, table: string): Promise<Definitions> {
  const constraints = await db.$queryRawUnsafe<{ name: string; type: string; def: string }[]>(
    `SELECT conname::text AS name, contype::text AS type, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = $1::regclass AND contype IN ('p', 'f') ORDER BY conname`,
    `"${table}"`,
  );
  const indexes = await db.$queryRawUnsafe<{ def: string }[]>(
    `SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY i.indexrelid`,
    `"${table}"`,
  );
  return {
    primaryKey: constraints.filter((c) => c.type === "p"),
    foreignKeys: constraints.filter((c) => c.type === "f"),
    indexes: indexes.map((i) => i.def),
  };
}

const indexName = (def: string) => /INDEX (\S+) ON/.exec(def)?.[1] ?? def;

/** Runs load with the table's primary key, other indexes and foreign keys set aside, then restores them. */
export async function withIndexesDeferred<T>(
  db: Reader,
  table: string,
  load: () => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const defs = await definitions(db, table);
  const quoted = `"${table}"`;
  for (const fk of defs.foreignKeys) await db.$executeRawUnsafe(`ALTER TABLE ${quoted} DROP CONSTRAINT "${fk.name}"`);
  for (const def of defs.indexes) await db.$executeRawUnsafe(`DROP INDEX ${indexName(def)}`);
  for (const pk of defs.primaryKey) await db.$executeRawUnsafe(`ALTER TABLE ${quoted} DROP CONSTRAINT "${pk.name}"`);
  const out = await load();
  const started = performance.now();
  // Index builds sort in memory and use the server's parallel workers.
  await db.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
  for (const pk of defs.primaryKey)
    await db.$executeRawUnsafe(`ALTER TABLE ${quoted} ADD CONSTRAINT "${pk.name}" ${pk.def}`);
  for (const def of defs.indexes) await db.$executeRawUnsafe(def);
  for (const fk of defs.foreignKeys)
    await db.$executeRawUnsafe(`ALTER TABLE ${quoted} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  log(
    `  ${table}: ${defs.primaryKey.length + defs.indexes.length} indexes and ${defs.foreignKeys.length} foreign keys restored in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return out;
}
