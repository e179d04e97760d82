import { createHmac, timingSafeEqual } from "node:crypto";

// A signed checkpoint of the audit trail's end: how many events there were, the last one's id and hash, when.
// Signed with AUDIT_SIGNING_KEY (an HMAC; the key is never in the database) and kept outside the database, so
// someone who can rewrite the database, even recomputing every hash with the public algorithm, cannot make
// the trail agree with the checkpoints written before. Pure: signing, checking and reading a line.

export type CheckpointContent = { eventCount: number; lastId: string | null; headHash: string | null; at: string };
export type Checkpoint = CheckpointContent & { mac: string };

const VERSION = "partnerscope-audit-checkpoint-v1";

function mac(content: CheckpointContent, key: string): string {
  const payload = [VERSION, content.eventCount, content.lastId ?? "", content.headHash ?? "", content.at].join("\n");
  return createHmac("sha256", key).update(payload).digest("hex");
}

export function signCheckpoint(content: CheckpointContent, key: string): Checkpoint {
  return { ...content, mac: mac(content, key) };
}

export function checkpointSignatureValid(checkpoint: Checkpoint, key: string): boolean {
  const expected = Buffer.from(mac(checkpoint, key), "hex");
  const actual = Buffer.from(checkpoint.mac, "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** One line of the checkpoint file, or null when it is not a checkpoint at all (also a sign of tampering). */
export function parseCheckpointLine(line: string): Checkpoint | null {
  try {
    const value = JSON.parse(line) as Partial<Checkpoint>;
    if (typeof value.eventCount !== "number" || !Number.isInteger(value.eventCount) || value.eventCount < 0)
      return null;
    if (value.lastId !== null && typeof value.lastId !== "string") return null;
    if (value.headHash !== null && typeof value.headHash !== "string") return null;
    if (typeof value.at !== "string" || typeof value.mac !== "string" || !/^[0-9a-f]{64}$/.test(value.mac)) return null;
    return {
      eventCount: value.eventCount,
      lastId: value.lastId,
      headHash: value.headHash,
      at: value.at,
      mac: value.mac,
    };
  } catch {
    return null;
  }
}

export type CheckpointProblem =
  | { kind: "unreadable"; line: number }
  | { kind: "signature"; line: number; checkpoint: Checkpoint }
  | { kind: "mismatch"; checkpoint: Checkpoint; found: { eventCount: number; hash: string | null } }
  | { kind: "missing"; checkpoint: Checkpoint; lastId: bigint | null; eventCount: number };

/**
 * Compares the checkpoints with the trail as walked: `seen` maps each checkpoint's lastId to what the walk
 * found there (events counted up to it, its hash), `end` is where the walk ended.
 */
export function checkpointProblems(
  checkpoints: Array<{ line: number; checkpoint: Checkpoint | null }>,
  key: string,
  seen: Map<string, { eventCount: number; hash: string | null }>,
  end: { lastId: bigint | null; eventCount: number },
): CheckpointProblem | null {
  for (const { line, checkpoint } of checkpoints) {
    if (!checkpoint) return { kind: "unreadable", line };
    if (!checkpointSignatureValid(checkpoint, key)) return { kind: "signature", line, checkpoint };
    if (checkpoint.lastId === null) {
      if (checkpoint.eventCount !== 0) return { kind: "signature", line, checkpoint };
      continue;
    }
    const found = seen.get(checkpoint.lastId);
    if (!found) return { kind: "missing", checkpoint, lastId: end.lastId, eventCount: end.eventCount };
    if (found.eventCount !== checkpoint.eventCount || found.hash !== checkpoint.headHash)
      return { kind: "mismatch", checkpoint, found };
  }
  return null;
}
