import { createHash } from "node:crypto";

// Each audit event's hash covers its content and the previous event's hash, so altering or
// removing any event breaks every hash after it. Pure functions: recorded and verified the same way.

export type AuditContent = {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  departmentId: string | null;
  before: unknown;
  after: unknown;
};

/** JSON with object keys sorted at every depth: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function auditHash(content: AuditContent, prevHash: string | null): string {
  const payload = canonicalJson({
    at: content.at.toISOString(),
    actorId: content.actorId,
    actorEmail: content.actorEmail,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    departmentId: content.departmentId,
    before: content.before ?? null,
    after: content.after ?? null,
    prevHash,
  });
  return createHash("sha256").update(payload).digest("hex");
}

/** Plain JSON for before/after snapshots: Decimals and Dates as strings, exactly as stored in jsonb. */
export function snapshot(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export type ChainBreak = { id: bigint; reason: "hash" | "link" };

/** Walks events in id order; returns the first event whose hash or link to its predecessor is wrong. */
export function findChainBreak(
  events: Array<AuditContent & { id: bigint; prevHash: string | null; hash: string | null }>,
  previousHash: string | null,
): ChainBreak | null {
  let expectedPrev = previousHash;
  for (const event of events) {
    if (event.prevHash !== expectedPrev) return { id: event.id, reason: "link" };
    if (event.hash !== auditHash(event, event.prevHash)) return { id: event.id, reason: "hash" };
    expectedPrev = event.hash;
  }
  return null;
}
