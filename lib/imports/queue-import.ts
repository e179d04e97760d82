// An uploaded spend file becomes a QUEUED Import holding its file, and a job: both recorded in one
// transaction with the job's id, then the job is sent. Were the server to stop between the two, the
// sweeper finds the import with no job and fails it with a message (nothing is ever half-queued).
import { createHash, randomUUID } from "node:crypto";
import type { ImportKind, PrismaClient } from "@prisma/client";
import { ocdsImportJob } from "@/lib/jobs/definitions/ocds-import";
import { spendImportJob } from "@/lib/jobs/definitions/spend-import";
import { supplyChainReturnJob } from "@/lib/jobs/definitions/supply-chain-return";
import { sendJob } from "@/lib/jobs/send";
import type { SpendFileFormat } from "./spend-readers";
import { storeUpload } from "./upload-store";
import type { Actor } from "./write-spend";

export async function* webStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Hashes the bytes as they pass on their way to the store. */
async function* hashing(
  body: AsyncIterable<Uint8Array>,
  hash: ReturnType<typeof createHash>,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

type Upload = { fileName: string; body: AsyncIterable<Uint8Array>; actor: NonNullable<Actor> };

export async function queueSpendImport(
  prisma: PrismaClient,
  input: Upload & { format: SpendFileFormat; departmentId: string },
) {
  const record = await recordUpload(prisma, input, {
    kind: input.format === "xlsx" ? "SPEND_XLSX" : "SPEND_CSV",
    departmentId: input.departmentId,
  });
  await sendJob(spendImportJob, { importId: record.id, actor: input.actor }, { id: record.jobId! });
  return record;
}

/** An OCDS release package (administrators only: checked by the caller). */
export async function queueOcdsImport(prisma: PrismaClient, input: Upload) {
  const record = await recordUpload(prisma, input, { kind: "OCDS", departmentId: null });
  await sendJob(ocdsImportJob, { importId: record.id, actor: input.actor }, { id: record.jobId! });
  return record;
}

/**
 * A lead partner's supply-chain return file, filed for `supplierId` (the caller's organisation, checked
 * by the caller; the job checks it again before it writes).
 */
export async function queueSupplyChainReturn(
  prisma: PrismaClient,
  input: Upload & { actor: { id: string; email: string }; supplierId: string },
) {
  const record = await recordUpload(prisma, input, { kind: "SUPPLY_CHAIN_RETURN", departmentId: null });
  const { actor, supplierId } = input;
  await sendJob(
    supplyChainReturnJob,
    { importId: record.id, actor: { id: actor.id, email: actor.email }, supplierId },
    { id: record.jobId! },
  );
  return record;
}

async function recordUpload(
  prisma: PrismaClient,
  input: Upload,
  what: { kind: ImportKind; departmentId: string | null },
) {
  const jobId = randomUUID();
  return prisma.$transaction(
    async (tx) => {
      const created = await tx.import.create({
        data: {
          kind: what.kind,
          fileName: input.fileName,
          fileSha256: "",
          departmentId: what.departmentId,
          createdById: input.actor.id,
          status: "QUEUED",
          jobId,
        },
      });
      const hash = createHash("sha256");
      await storeUpload(tx, created.id, hashing(input.body, hash));
      return tx.import.update({ where: { id: created.id }, data: { fileSha256: hash.digest("hex") } });
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}
