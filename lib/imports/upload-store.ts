// The uploaded file is kept in the database (ImportUpload, 1 MB pieces) from the upload until its
// job ends, so whichever worker takes the job, on whichever machine, can read it; a worker copies it
// to its own temporary file to parse it and removes that file whatever the outcome.
import { createWriteStream } from "node:fs";
import { mkdir, readdir, stat, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Prisma, PrismaClient } from "@prisma/client";

const PART_BYTES = 1 << 20;

type Writer = Pick<Prisma.TransactionClient, "importUpload">;

/** Stores the stream's bytes for `importId`; answers the number of bytes stored. */
export async function storeUpload(db: Writer, importId: string, body: AsyncIterable<Uint8Array>): Promise<number> {
  let part = 0;
  let total = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    const bytes = new Uint8Array(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
    await db.importUpload.create({ data: { importId, part: part++, bytes } });
  };
  for await (const chunk of body) {
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
    total += chunk.byteLength;
    if (pendingBytes >= PART_BYTES) await flush();
  }
  if (pendingBytes > 0 || part === 0) await flush();
  return total;
}

/** Where a worker puts an import's file while it reads it (one per import: a retry overwrites it). */
export const WORK_DIR = path.join(tmpdir(), "partnerscope-imports");
export const workFileOf = (importId: string, extension: string) => path.join(WORK_DIR, `${importId}.${extension}`);

/** Copies the stored upload to `file`; false when nothing is stored (the job already ended). */
export async function restoreUpload(prisma: PrismaClient, importId: string, file: string): Promise<boolean> {
  const parts = await prisma.importUpload.findMany({
    where: { importId },
    select: { part: true },
    orderBy: { part: "asc" },
  });
  if (parts.length === 0) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const written = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  try {
    // One piece in memory at a time.
    for (const { part } of parts) {
      const row = await prisma.importUpload.findUniqueOrThrow({
        where: { importId_part: { importId, part } },
        select: { bytes: true },
      });
      if (!out.write(row.bytes)) await new Promise<void>((r) => out.once("drain", r));
    }
  } finally {
    out.end();
  }
  await written;
  return true;
}

/**
 * The stored upload's bytes, in memory; null when nothing is stored (the job already ended). For small
 * files only (a supply-chain return, at most 5 MB): no work file, so two attempts never share one.
 */
export async function readUpload(prisma: Pick<PrismaClient, "importUpload">, importId: string): Promise<Buffer | null> {
  const parts = await prisma.importUpload.findMany({
    where: { importId },
    select: { bytes: true },
    orderBy: { part: "asc" },
  });
  return parts.length === 0 ? null : Buffer.concat(parts.map((p) => p.bytes));
}

export async function dropUpload(prisma: Pick<PrismaClient, "importUpload">, importId: string): Promise<void> {
  await prisma.importUpload.deleteMany({ where: { importId } });
}

/** Removes work files left by a crashed worker: those not touched for `olderThanMs`. Answers how many. */
export async function sweepWorkFiles(olderThanMs: number, now = Date.now()): Promise<number> {
  const names = await readdir(WORK_DIR).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(WORK_DIR, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > olderThanMs) {
      await unlink(file).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
