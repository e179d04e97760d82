import type { PrismaClient } from "@prisma/client";
import { findChainBreak, type ChainBreak } from "@/lib/audit/chain";
import { checkpointProblems, type Checkpoint, type CheckpointProblem } from "@/lib/audit/checkpoint";
import { NO_SIGNING_KEY, readCheckpoints, type CheckpointSettings } from "@/lib/audit/checkpoint-store";

export type ChainVerification = {
  checked: number;
  firstId: bigint | null;
  lastId: bigint | null;
  break: ChainBreak | null;
};

const BATCH = 5_000;

/**
 * Recomputes every event's hash from its stored content, in id order, and checks each links to the one
 * before it. From `fromId` (default: the start), trusting the stored prevHash of that first event.
 * `watch` lists event ids whose running count and hash the caller wants (the checkpoints' ends).
 * No "server-only": the `npm run audit:verify` command uses it too.
 */
export async function verifyAuditChain(
  db: PrismaClient,
  options: { fromId?: bigint; toId?: bigint; watch?: Set<string> } = {},
): Promise<ChainVerification & { seen: Map<string, { eventCount: number; hash: string | null }> }> {
  let cursor = options.fromId ?? 0n;
  let previousHash: string | null | undefined;
  let checked = 0;
  let firstId: bigint | null = null;
  let lastId: bigint | null = null;
  const seen = new Map<string, { eventCount: number; hash: string | null }>();
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { id: { gte: cursor, ...(options.toId !== undefined ? { lte: options.toId } : {}) } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (events.length === 0) break;
    // The first event of the walk is trusted to link wherever it says; everything after must follow.
    if (previousHash === undefined) previousHash = options.fromId !== undefined ? events[0]!.prevHash : null;
    const found = findChainBreak(events, previousHash);
    if (found)
      return {
        checked: checked + events.findIndex((e) => e.id === found.id),
        firstId: firstId ?? events[0]!.id,
        lastId,
        break: found,
        seen,
      };
    events.forEach((e, i) => {
      if (options.watch?.has(e.id.toString())) seen.set(e.id.toString(), { eventCount: checked + i + 1, hash: e.hash });
    });
    checked += events.length;
    firstId ??= events[0]!.id;
    lastId = events[events.length - 1]!.id;
    previousHash = events[events.length - 1]!.hash;
    cursor = lastId + 1n;
  }
  return { checked, firstId, lastId, break: null, seen };
}

export type TrailVerification = ChainVerification & {
  /** The end of the trail against the signed checkpoints outside the database. */
  end:
    | { status: "confirmed"; checkpoint: Checkpoint; checkpoints: number; eventsSince: number }
    | { status: "no-checkpoint" }
    | { status: "no-key"; message: string }
    | { status: "broken"; problem: CheckpointProblem };
};

/** The whole chain, then every signed checkpoint: each must find its event, with its count and hash. */
export async function verifyAuditTrail(db: PrismaClient, settings: CheckpointSettings): Promise<TrailVerification> {
  const checkpoints = await readCheckpoints(settings.file);
  const watch = new Set(checkpoints.flatMap((c) => (c.checkpoint?.lastId ? [c.checkpoint.lastId] : [])));
  const { seen, ...chain } = await verifyAuditChain(db, { watch });
  if (chain.break) return { ...chain, end: { status: "no-checkpoint" } };
  if (!settings.key) return { ...chain, end: { status: "no-key", message: NO_SIGNING_KEY } };
  const problem = checkpointProblems(checkpoints, settings.key, seen, {
    lastId: chain.lastId,
    eventCount: chain.checked,
  });
  if (problem) return { ...chain, end: { status: "broken", problem } };
  const latest = checkpoints.at(-1)?.checkpoint;
  if (!latest) return { ...chain, end: { status: "no-checkpoint" } };
  return {
    ...chain,
    end: {
      status: "confirmed",
      checkpoint: latest,
      checkpoints: checkpoints.length,
      eventsSince: chain.checked - latest.eventCount,
    },
  };
}

/**
 * The Verify page's headline: the chain is altered, or it links but its end is not where the signed
 * checkpoints say, or it is intact as far as it can be checked. Never "intact" above a broken end.
 */
export function trailVerdict(result: TrailVerification): "chain-altered" | "end-altered" | "intact" {
  if (result.break) return "chain-altered";
  return result.end.status === "broken" ? "end-altered" : "intact";
}

/** The verdict in one sentence, for the command line (the Verify page words it the same way). */
export function describeProblem(problem: CheckpointProblem): string {
  switch (problem.kind) {
    case "unreadable":
      return `line ${problem.line} of the checkpoint file is not a checkpoint (the file was edited)`;
    case "signature":
      return `the checkpoint on line ${problem.line} (${problem.checkpoint.at}) does not carry a valid signature (forged or altered, or signed with another key)`;
    case "mismatch":
      return `the signed checkpoint of ${problem.checkpoint.at} recorded ${problem.checkpoint.eventCount} events ending at #${problem.checkpoint.lastId}; the trail now has ${problem.found.eventCount} events up to #${problem.checkpoint.lastId} with a different hash (events before it were removed, or rewritten and re-hashed)`;
    case "missing":
      return `the signed checkpoint of ${problem.checkpoint.at} recorded ${problem.checkpoint.eventCount} events ending at #${problem.checkpoint.lastId}; the trail now ends at ${problem.lastId === null ? "nothing (it is empty)" : `#${problem.lastId}`} with ${problem.eventCount} events (events at its end were deleted, or the table was emptied)`;
  }
}
