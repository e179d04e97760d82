import type { PrismaClient } from "@prisma/client";
import { findChainBreak, type ChainBreak } from "@/lib/audit/chain";

export type ChainVerification = { checked: number; firstId: bigint | null; lastId: bigint | null; break: ChainBreak | null };

const BATCH = 5_000;

/**
 * Recomputes every event's hash from its stored content, in id order, and checks each links to the one
 * before it. From `fromId` (default: the start), trusting the stored prevHash of that first event.
 * No "server-only": the `npm run audit:verify` command uses it too.
 */
export async function verifyAuditChain(db: PrismaClient, options: { fromId?: bigint; toId?: bigint } = {}): Promise<ChainVerification> {
  let cursor = options.fromId ?? 0n;
  let previousHash: string | null | undefined;
  let checked = 0;
  let firstId: bigint | null = null;
  let lastId: bigint | null = null;
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
    if (found) return { checked: checked + events.findIndex((e) => e.id === found.id), firstId: firstId ?? events[0]!.id, lastId, break: found };
    checked += events.length;
    firstId ??= events[0]!.id;
    lastId = events[events.length - 1]!.id;
    previousHash = events[events.length - 1]!.hash;
    cursor = lastId + 1n;
  }
  return { checked, firstId, lastId, break: null };
}
