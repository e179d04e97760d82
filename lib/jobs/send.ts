// Sending a job from the web server: one pg-boss sender per process, started on first use.
import type { Prisma } from "@prisma/client";
import type { PgBoss } from "pg-boss";
import { DatabaseEnvShape, readEnv } from "@/lib/env";
import { createBoss, ensureQueues, sendWith } from "./queue";
import type { JobDefinition } from "./types";

const holder = globalThis as { __partnerscopeQueue?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  holder.__partnerscopeQueue ??= (async () => {
    const boss = createBoss(readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL }).DATABASE_URL, "sender");
    await boss.start();
    await ensureQueues(boss);
    return boss;
  })().catch((error: unknown) => {
    holder.__partnerscopeQueue = undefined; // try again on the next send (the database may be back)
    throw error;
  });
  return holder.__partnerscopeQueue;
}

export async function sendJob<T>(
  job: JobDefinition<T>,
  data: T,
  options: { id?: string } = {},
): Promise<string | null> {
  return sendWith(await sender(), job, data, options);
}

/**
 * Sends the job inside the caller's transaction: it is queued if and only if the transaction commits, so a
 * crash between the write and the send cannot lose it.
 */
export async function sendJobIn<T>(
  tx: Prisma.TransactionClient,
  job: JobDefinition<T>,
  data: T,
): Promise<string | null> {
  return sendWith(await sender(), job, data, { db: transactionDb(tx) });
}

/** A Prisma transaction as pg-boss's executor: what a queue call given it does commits or rolls back with the rest. */
export const transactionDb = (tx: Prisma.TransactionClient) => ({
  executeSql: async (text: string, values: unknown[] = []) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
  }),
});

/** Stops this process's sender, if it started one: a command-line script's last step, so that it can exit. */
export async function stopSender(): Promise<void> {
  const started = holder.__partnerscopeQueue;
  holder.__partnerscopeQueue = undefined;
  if (started) await (await started).stop({ graceful: false, close: true });
}

/** The web server's queue connection, for the jobs page (retry). */
export const queueSender = sender;
