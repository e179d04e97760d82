import { existsSync, readFileSync } from "node:fs";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { parseCheckpointLine, signCheckpoint, type Checkpoint } from "@/lib/audit/checkpoint";
import { CHAIN_LOCK, recordAudit, type AuditInput } from "@/lib/audit/record";
import { AuditEnvShape, readEnv } from "@/lib/env";

// Where checkpoints are kept and with which key: AUDIT_CHECKPOINT_FILE (default <data dir>/audit-checkpoints.jsonl,
// one JSON line per checkpoint, only ever appended) and AUDIT_SIGNING_KEY (else <data dir>/audit-signing-key,
// which `npm start` generates once, as it does the session secret). No "server-only": the
// `npm run audit:checkpoint` and `audit:verify` commands use it too.

export type CheckpointSettings = { file: string; key: string | null };

export function checkpointSettings(
  source: {
    AUDIT_SIGNING_KEY?: string;
    AUDIT_CHECKPOINT_FILE?: string;
    PARTNERSCOPE_DATA_DIR?: string;
  } = readEnv(AuditEnvShape),
): CheckpointSettings {
  // Files chosen at run time by the environment: nothing for the build to trace.
  const dataDir = path.resolve(/*turbopackIgnore: true*/ source.PARTNERSCOPE_DATA_DIR || ".data");
  const keyFile = path.join(dataDir, "audit-signing-key");
  const key = source.AUDIT_SIGNING_KEY?.trim() || (existsSync(keyFile) ? readFileSync(keyFile, "utf8").trim() : null);
  return {
    file: path.resolve(
      /*turbopackIgnore: true*/ source.AUDIT_CHECKPOINT_FILE || path.join(dataDir, "audit-checkpoints.jsonl"),
    ),
    key: key && key.length >= 32 ? key : null,
  };
}

export const NO_SIGNING_KEY =
  "AUDIT_SIGNING_KEY is not set (at least 32 characters): checkpoints cannot be written or checked.";

const SYSTEM = { id: null, email: "system: audit checkpoint" };

/**
 * Records the checkpoint as an event, signs the trail's end as it then stands (that event included) and appends
 * it to the file. Read under the chain's lock, so no event is half-appended; the line is written after commit,
 * and a later event simply comes after the checkpoint.
 */
export async function writeCheckpoint(
  db: PrismaClient,
  settings: CheckpointSettings,
  actor: AuditInput["actor"] = SYSTEM,
): Promise<Checkpoint> {
  if (!settings.key) throw new Error(NO_SIGNING_KEY);
  const head = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
    await recordAudit(tx, {
      actor,
      action: "audit.checkpoint",
      entityType: "AuditTrail",
      after: { file: path.basename(settings.file) },
    });
    const [count, last] = await Promise.all([
      tx.auditEvent.count(),
      tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true, hash: true } }),
    ]);
    return { eventCount: count, lastId: last ? last.id.toString() : null, headHash: last?.hash ?? null };
  });
  const checkpoint = signCheckpoint({ ...head, at: new Date().toISOString() }, settings.key);
  await mkdir(path.dirname(settings.file), { recursive: true });
  await appendFile(settings.file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  return checkpoint;
}

/** Every line of the file, numbered from 1 (a missing file: none yet). */
export async function readCheckpoints(file: string): Promise<Array<{ line: number; checkpoint: Checkpoint | null }>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .map((line, i) => ({ line: i + 1, text: line }))
    .filter((l) => l.text.trim() !== "")
    .map((l) => ({ line: l.line, checkpoint: parseCheckpointLine(l.text) }));
}
