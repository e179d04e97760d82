// @prisma/adapter-pg with one fix: a transaction whose connection dies (database restarted, failover) gives its
// pool slot back. Prisma ends a failed transaction by sending ROLLBACK and only then releasing the connection;
// on a dead connection the ROLLBACK throws first, so the connection is never released and, restart after
// restart, the pool runs dry (P2024 for ever). Here the connection is released, broken, the moment it ends.
// tests/cluster/faults.test.ts proves the pool drains completely after an interrupted import.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

export function createPgAdapter(url: string, poolMax: number) {
  // JIT compilation off for the app's sessions: the dashboards' aggregates cross its cost threshold at
  // scale and then spend 100-200 ms compiling a plan that runs for less (EXPLAIN ANALYZE, docs/benchmarks.md).
  return new ReleasingPrismaPg({
    connectionString: url,
    max: poolMax,
    idleTimeoutMillis: 10_000,
    options: "-c jit=off",
  });
}

class ReleasingPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      releaseWhenLost((transaction as unknown as { client: pg.PoolClient }).client);
      return transaction;
    };
    return adapter;
  }
}

function releaseWhenLost(connection: pg.PoolClient) {
  const release = connection.release.bind(connection);
  let released = false;
  const onEnd = () => connection.release(new Error("The database connection ended during a transaction"));
  // pg-pool gives each checkout a fresh release(); this wrapper lasts for this transaction only.
  connection.release = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    connection.removeListener("end", onEnd);
    release(error);
  };
  connection.once("end", onEnd);
}
